package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.PersonChoice;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Changes memberships, so it gets a database of its own. */
@DirtiesContext
class MembersViewTest extends WorkspaceTestSupport {

    @Test
    void a_convenor_adds_a_setting_representative_who_must_have_a_setting() {
        long workspace = workspace("gp", "Dementia");
        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/members");
        MembersView view = _get(MembersView.class);

        setUserInput(person(), "Aisha");
        _setValue(person(), getSuggestionItems(person()).getFirst());
        _setValue(role(), WorkspaceRole.SETTING_REPRESENTATIVE);
        _setValue(setting(), null);
        _click(button("Add to the workspace"));

        assertThat(setting().isInvalid()).isTrue();
        assertThat(setting().getErrorMessage()).isEqualTo("Choose the care setting Dr Aisha Khan signs off for.");
        assertThat(person().getValue().displayName()).isEqualTo("Dr Aisha Khan");

        _setValue(setting(), CareSetting.SECONDARY);
        _click(button("Add to the workspace"));

        assertThat(view.members.getListDataView().getItems().map(MemberDetails::displayName))
                .containsExactly("Dr Priya Shah", "Dr Aisha Khan");
        assertThat(as("lnc", () -> workspaces.myPermissions(workspace).signsFor())).containsExactly(CareSetting.SECONDARY);
    }

    @Test
    void a_representative_represents_their_own_setting_and_a_patient_partner_is_offered_without_their_group() {
        long workspace = workspace("gp", "Anaemia");
        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/members");
        MembersView view = _get(MembersView.class);

        setUserInput(person(), "Tomi");
        _setValue(person(), getSuggestionItems(person()).getFirst());
        _setValue(role(), WorkspaceRole.SETTING_REPRESENTATIVE);
        _setValue(setting(), CareSetting.PRIMARY);
        _click(button("Add to the workspace"));

        assertThat(setting().isInvalid()).isTrue();
        assertThat(setting().getErrorMessage()).startsWith("Dr Tomi Okafor does not work in Primary care");
        assertThat(view.members.getListDataView().getItems().map(MemberDetails::displayName))
                .containsExactly("Dr Priya Shah");

        _setValue(setting(), CareSetting.SECONDARY);
        _click(button("Add to the workspace"));
        assertThat(view.members.getListDataView().getItems().map(MemberDetails::displayName))
                .containsExactly("Dr Priya Shah", "Dr Tomi Okafor");

        setUserInput(person(), "Margaret");
        assertThat(getSuggestionItems(person())).singleElement()
                .extracting(choice -> person().getItemLabelGenerator().apply(choice))
                .isEqualTo("Margaret Hill (patient partner)");
    }

    @Test
    void an_editor_sees_the_members_but_not_the_convenor_controls() {
        long workspace = workspace("gp", "Epilepsy");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        signInAs("nurse");
        navigateTo("workspaces/" + workspace + "/members");
        MembersView view = _get(MembersView.class);

        assertThat(view.members.getListDataView().getItems().map(MemberDetails::displayName))
                .containsExactly("Dr Priya Shah", "Jo Williams");
        assertThat(view.addPanel.isVisible()).isFalse();
        assertThat(view.settingsPanel.isVisible()).isFalse();
    }

    /** The person to add, found by the label a person reads. */
    @SuppressWarnings("unchecked")
    private static ComboBox<PersonChoice> person() {
        return labelled(ComboBox.class, "Person");
    }

    @SuppressWarnings("unchecked")
    private static Select<WorkspaceRole> role() {
        return labelled(Select.class, "Role");
    }

    @SuppressWarnings("unchecked")
    private static Select<CareSetting> setting() {
        return labelled(Select.class, "Signs off for");
    }
}
