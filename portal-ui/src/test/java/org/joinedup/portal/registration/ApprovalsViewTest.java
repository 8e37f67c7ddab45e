package org.joinedup.portal.registration;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.PendingRegistration;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationApprovals;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** Registers and decides, so it gets a database of its own. Every test leaves the queue empty. */
@DirtiesContext
class ApprovalsViewTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationApprovals approvals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_empty_queue_says_so_kindly() {
        signInAs("moderator");
        navigateTo("approvals");

        assertThat(emptyState().isVisible()).isTrue();
        assertThat(emptyState().getText()).startsWith("No registrations are waiting.");
        _assertNone(Grid.class);
    }

    @Test
    void a_moderator_sees_who_is_waiting_and_approves_them() {
        register("Kim", "kim@example.org", registrations.patientGroups().getFirst().id());
        signInAs("moderator");
        navigateTo("approvals");

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Kim", "Real Kim", "kim@example.org",
                "East Place Kidney Patients' Group", PortalTime.date(Instant.now()), "Patient partner");

        _click(action(0, "Approve"));

        expectNotifications("Kim is approved and can now sign in.");
        assertThat(status("kim@example.org")).isEqualTo(AccountStatus.ACTIVE);
        assertThat(emptyState().isVisible()).isTrue();
    }

    @Test
    void an_administrator_declines_with_a_reason_and_an_overlong_reason_is_kept_for_editing() {
        register("Spammy", "offers@example.org", null);
        signInAs("admin");
        navigateTo("approvals");
        assertThat(_getFormattedRow(grid(), 0)).contains("None");

        _click(action(0, "Decline"));
        String tooLong = "x".repeat(RegistrationApprovals.REASON_MAX + 1);
        _setValue(reason(), tooLong);
        _click(_get(Button.class, spec -> spec.withText("Decline registration")));
        assertThat(reason().isInvalid()).isTrue();
        assertThat(reason().getErrorMessage()).isEqualTo("Use at most " + RegistrationApprovals.REASON_MAX + " characters");
        assertThat(reason().getValue()).isEqualTo(tooLong);
        assertThat(status("offers@example.org")).isEqualTo(AccountStatus.PENDING_APPROVAL);

        _setValue(reason(), "Advertising");
        _click(_get(Button.class, spec -> spec.withText("Decline registration")));

        expectNotifications("The registration from Spammy is declined and removed.");
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'offers@example.org'", Long.class))
                .isZero();
        assertThat(emptyState().isVisible()).isTrue();
    }

    @Test
    void a_decision_someone_else_has_just_made_is_explained_not_an_error() {
        register("Alex", "alex@example.org", null);
        signInAs("moderator");
        navigateTo("approvals");
        Button staleApprove = action(0, "Approve");
        PendingRegistration seen = approvals.waiting(0, 1).getFirst();

        approvals.approve(seen.personId(), seen.version());
        _click(staleApprove);

        expectNotifications("Someone else has just dealt with this registration, so your decision was not applied. "
                + "The list now shows what is still waiting.");
        assertThat(status("alex@example.org")).isEqualTo(AccountStatus.ACTIVE);
        assertThat(emptyState().isVisible()).isTrue();
    }

    @Test
    void a_clinician_or_a_patient_partner_is_told_they_have_no_access() {
        signInAs("gp");
        navigateTo("approvals");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);

        signInAs("patient");
        navigateTo("approvals");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    private void register(String displayName, String email, Long patientGroupId) {
        registrations.register(new Registration(displayName, "Real " + displayName, email,
                "a long enough passphrase", patientGroupId, true));
        // As the person would with the e-mailed link (ConfirmEmailViewTest).
        jdbc.update("update person set email_confirmed_at = utc_timestamp(6) where email = ?", email);
    }

    private AccountStatus status(String email) {
        return ((PortalUser) users.loadUserByUsername(email)).status();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingRegistration> grid() {
        return _get(Grid.class);
    }

    private static Button action(int row, String text) {
        Component cell = _getCellComponent(grid(), row, ApprovalsView.ACTIONS);
        return _get(cell, Button.class, spec -> spec.withText(text));
    }

    private static TextArea reason() {
        return _get(_get(Dialog.class), TextArea.class, spec -> spec.withLabel("Reason (optional)"));
    }

    private static Paragraph emptyState() {
        return _get(Paragraph.class, spec -> spec.withClasses("empty-state"));
    }
}
