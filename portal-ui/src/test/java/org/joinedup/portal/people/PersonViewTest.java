package org.joinedup.portal.people;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.AccountChange;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceChoice;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.portal.layout.NotFoundView;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** Changes people, so it gets a database of its own; each test works on a different demo person. */
@DirtiesContext
class PersonViewTest extends KaribuTest {

    @Autowired
    PersonAdministration administration;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkspaceService workspaces;

    @Test
    void an_administrator_opens_a_person_from_the_directory_and_sees_what_they_may_change() {
        signInAs("admin");

        open("Dr Tomi Okafor");

        assertThat(_get(H1.class).getText()).isEqualTo("Dr Tomi Okafor");
        assertThat(roles().getValue()).containsExactly(Role.CLINICIAN);
        assertThat(careSetting().getValue()).isEqualTo(CareSetting.SECONDARY);
        assertThat(organisation().getValue().name()).isEqualTo("Northgate Hospitals NHS Foundation Trust");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Status: Active"))).isNotNull();
        assertThat(_size(history())).isZero();
    }

    @Test
    void a_role_change_is_saved_and_shows_in_the_history_with_who_and_when() {
        signInAs("admin");
        open("Jo Williams");

        _setValue(roles(), Set.of(Role.CLINICIAN, Role.QI_LEAD));
        _click(button("Save changes"));

        expectNotifications("Changes saved");
        assertThat(_size(history())).isEqualTo(1);
        AuditRecord entry = _get(history(), 0);
        assertThat(_getFormattedRow(history(), 0)).containsExactly(PortalTime.dateTime(entry.occurredAt()),
                "Alex Morgan", "Roles changed from Clinician to Clinician, QI lead");
        assertThat(account("Jo Williams").roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.QI_LEAD);
    }

    @Test
    void a_clinician_without_a_care_setting_is_refused_beside_the_field_and_the_choices_stay() {
        signInAs("admin");
        open("Sam Reid");

        _setValue(roles(), Set.of(Role.CLINICIAN, Role.ROUND_FACILITATOR));
        _setValue(careSetting(), null);
        _click(button("Save changes"));

        assertThat(careSetting().isInvalid()).isTrue();
        assertThat(careSetting().getErrorMessage()).isEqualTo("Choose the care setting this clinician works in");
        assertThat(roles().getValue()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ROUND_FACILITATOR);
        assertThat(account("Sam Reid").careSetting()).isEqualTo(CareSetting.MENTAL_HEALTH);
        assertThat(_size(history())).isZero();
    }

    @Test
    void an_administrator_cannot_deactivate_themselves_nor_give_up_their_own_administrator_role() {
        signInAs("admin");
        open("Alex Morgan");

        assertThat(_find(Button.class, spec -> spec.withText("Deactivate account"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "This is your own account. You cannot deactivate it; another administrator can."))).isNotNull();

        _setValue(roles(), Set.of(Role.MODERATOR));
        _click(button("Save changes"));

        assertThat(roles().isInvalid()).isTrue();
        assertThat(roles().getErrorMessage()).startsWith("You cannot remove your own Administrator role");
        assertThat(account("Alex Morgan").roles()).contains(Role.ADMIN);
    }

    @Test
    void deactivation_asks_first_and_reactivation_restores_the_account() {
        signInAs("admin");
        open("Maria Costa");

        _click(button("Deactivate account"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _fireConfirm(confirm);

        expectNotifications("Maria Costa is deactivated and signed out everywhere");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Status: Deactivated"))).isNotNull();
        assertThat(_get(history(), 0).details()).isEqualTo("Account deactivated and its sessions ended");

        _click(button("Reactivate account"));

        assertThat(_get(Paragraph.class, spec -> spec.withText("Status: Active"))).isNotNull();
        assertThat(_get(history(), 0).details()).isEqualTo("Account reactivated");
        assertThat(_size(history())).isEqualTo(2);
    }

    @Test
    void a_save_after_another_administrator_changed_the_person_is_refused_and_keeps_the_choices() {
        signInAs("admin");
        open("Dr Chen Li");
        _setValue(roles(), Set.of(Role.CLINICIAN, Role.QI_LEAD));

        PersonAccount meanwhile = account("Dr Chen Li");
        administration.changeAccess(meanwhile.id(), new AccountChange(meanwhile.version(),
                Set.of(Role.CLINICIAN, Role.ROUND_FACILITATOR), meanwhile.careSetting(), meanwhile.organisationId()));
        _click(button("Save changes"));

        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Someone else changed this account after you opened the page, so your change was not saved. "
                        + "Your choices are still in the form. Look at the latest details, then make your change "
                        + "again."))).isNotNull();
        assertThat(roles().getValue()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.QI_LEAD);
        assertThat(account("Dr Chen Li").roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ROUND_FACILITATOR);

        _click(button("Show the latest details"));

        assertThat(roles().getValue()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ROUND_FACILITATOR);
        assertThat(_find(Button.class, spec -> spec.withText("Show the latest details"))).isEmpty();
    }

    @Test
    void ending_someones_sessions_is_confirmed_and_recorded() {
        signInAs("admin");
        open("Ravi Patel");

        _click(button("End all sessions"));

        expectNotifications("Ravi Patel will be asked to sign in again at their next action, on every device");
        assertThat(_get(history(), 0).details()).isEqualTo("All sessions ended");
    }

    @Test
    void a_pause_after_repeated_failed_sign_ins_can_be_lifted_and_the_lifting_is_recorded() {
        jdbc.update("""
                insert into sign_in_failures (account_key, failures, window_started_at, last_failure_at, locked_until, locks)
                values (sha2('pharmacist@demo.joinedup.example', 256), 5, now(6), now(6), now(6) + interval 10 minute, 1)
                """);
        signInAs("admin");
        open("Daniel Hughes");

        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Sign-in is paused")))).isNotNull();
        _click(button("Lift the pause"));

        expectNotifications("Daniel Hughes can try to sign in again now");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Sign-in is not paused."))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Lift the pause"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.unlocked'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void resetting_two_step_sign_in_asks_first_and_leaves_the_person_to_set_it_up_again() {
        signInAs("admin");
        open("Jo Williams");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Two-step sign-in is set up."))).isNotNull();

        _click(button("Reset two-step sign-in"));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Jo Williams will set up a new authenticator at their next sign-in");
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Two-step sign-in is not set up")))).isNotNull();
        assertThat(_get(history(), 0).action()).isEqualTo("second-factor.reset");
    }

    @Test
    void an_unknown_person_shows_the_not_found_page() {
        signInAs("admin");

        assertThat(openAddress("people/999999")).isEqualTo(404);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void a_moderator_is_told_they_have_no_access() {
        signInAs("admin");
        long someone = account("Dr Priya Shah").id();
        signInAs("moderator");

        assertThat(openAddress("people/" + someone)).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    /** Finds the person in the directory and clicks their row, as an administrator would. */
    @Test
    void an_administrator_lets_a_clinician_represent_another_setting_in_one_workspace_and_revokes_it() {
        DemoSignIn.as(users, "gp");
        long workspace = workspaces.create(new NewWorkspace("Dyspepsia", "East Place", WorkspaceVisibility.MEMBERS_ONLY,
                24)).id();
        signInAs("admin");
        open("Dr Ben Carter");
        RepresentationSection section = _get(PersonView.class).representation;
        assertThat(section.none.isVisible()).isTrue();

        _setValue(workspaceChoice(section), workspaceChoice(section).getListDataView().getItems()
                .filter(choice -> choice.id() == workspace).findFirst().orElseThrow());
        _setValue(labelled(section, Select.class, "Care setting they may represent"), CareSetting.COMMUNITY);
        _click(button(section, "Grant the exception"));
        assertThat(labelled(section, TextArea.class, "Reason").isInvalid()).isTrue();
        assertThat(labelled(section, TextArea.class, "Reason").getErrorMessage()).isEqualTo(
                "Say why this person should represent a setting they do not work in.");

        _setValue(labelled(section, TextArea.class, "Reason"), "The community trust has no nominee until April.");
        _click(button(section, "Grant the exception"));

        expectNotifications("Dr Ben Carter may represent Community care in Dyspepsia \u2014 East Place");
        assertThat(section.granted.getListDataView().getItems()).singleElement().satisfies(exception -> {
            assertThat(exception.careSetting()).isEqualTo(CareSetting.COMMUNITY);
            assertThat(exception.reason()).isEqualTo("The community trust has no nominee until April.");
            assertThat(exception.grantedBy()).isEqualTo("Alex Morgan");
        });

        _click((Button) _getCellComponent(section.granted, 0, "revoke"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(section.granted.getListDataView().getItems()).isEmpty();
        assertThat(section.none.isVisible()).isTrue();
    }

    private static void open(String name) {
        navigateTo("people");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), name);
        @SuppressWarnings("unchecked")
        Grid<PersonDetails> people = _get(Grid.class, spec -> spec.withPredicate(grid -> grid.getAriaLabel().orElse("").equals("People")));
        _clickItem(people, 0);
    }

    private PersonAccount account(String name) {
        return administration.account(directory.find(PeopleFilter.byText(name), 0, 1).getFirst().id()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
    }

    @SuppressWarnings("unchecked")
    private static Select<CareSetting> careSetting() {
        return _get(Select.class, spec -> spec.withLabel("Care setting"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrganisationDetails> organisation() {
        return _get(ComboBox.class, spec -> spec.withLabel("Organisation"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> history() {
        return _get(Grid.class, spec -> spec.withPredicate(grid -> grid.getAriaLabel().orElse("").equals("History")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WorkspaceChoice> workspaceChoice(RepresentationSection section) {
        return labelled(section, ComboBox.class, "Workspace");
    }
}
