package org.joinedup.portal.registration;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.EmailField;
import org.joinedup.identity.people.PendingRegistration;
import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.TestMailServer;
import org.joinedup.testing.TestOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The link e-mailed at registration, as the person opens it, and what moderators see before and after. */
@DirtiesContext
class ConfirmEmailViewTest extends KaribuTest {

    static final TestOutbox OUTBOX = TestOutbox.create();

    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        OUTBOX.configure(registry);
    }

    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_moderator_cannot_approve_until_the_link_is_opened_and_then_can() {
        register("ali@example.org");
        signInAs("moderator");
        navigateTo("approvals");
        assertThat(_getFormattedRow(grid(), 0)).contains("ali@example.org", "Not yet confirmed");

        _click(approve());

        expectNotifications("This person has not yet confirmed their e-mail address with the link we sent them, so "
                + "the registration cannot be approved yet. It can be approved once they have.");
        assertThat(status("ali@example.org")).isEqualTo("PENDING_APPROVAL");

        String token = TestMailServer.token(OUTBOX.newestLink("ali@example.org", "confirm-email"));
        navigateTo("confirm-email", "token", token);
        assertThat(_get(H1.class).getText()).isEqualTo("E-mail address confirmed");

        navigateTo("approvals");
        assertThat(_getFormattedRow(grid(), 0)).contains("Confirmed");
        _click(approve());
        assertThat(status("ali@example.org")).isEqualTo("ACTIVE");
    }

    @Test
    void a_used_or_unknown_link_says_so_and_a_new_link_can_be_asked_for() {
        register("jo@example.org");
        String token = TestMailServer.token(OUTBOX.newestLink("jo@example.org", "confirm-email"));
        navigateTo("confirm-email", "token", token);

        navigateTo("confirm-email", "token", token);
        assertThat(_get(H1.class).getText()).isEqualTo("We could not confirm your address");
        assertThat(text()).contains("This link has already been used");

        register("sasha@example.org");
        navigateTo("confirm-email", "token", "mistyped");
        assertThat(text()).contains("This link is not one we recognise.");
        int mails = OUTBOX.mails().size();
        _setValue(_get(EmailField.class), "sasha@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send me a new link")));

        assertThat(text()).contains("If a registration with this address is waiting to be confirmed, we have sent a "
                + "new link to it.");
        assertThat(OUTBOX.mails()).hasSize(mails + 1);
        navigateTo("confirm-email", "token",
                TestMailServer.token(OUTBOX.newestLink("sasha@example.org", "confirm-email")));
        assertThat(_get(H1.class).getText()).isEqualTo("E-mail address confirmed");
    }

    private void register(String email) {
        registrations.register(new Registration("Someone", "Someone Real", email, "a long enough passphrase", null,
                true));
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from person where email = ?", String.class, email);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingRegistration> grid() {
        return _get(Grid.class);
    }

    private static Button approve() {
        return _get(_getCellComponent(grid(), 0, ApprovalsView.ACTIONS), Button.class,
                spec -> spec.withText("Approve"));
    }

    private static String text() {
        return _get(Main.class).getElement().getTextRecursively();
    }
}
