package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.joinedup.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A self-registered address is confirmed through the link e-mailed to it before the
 * registration can be approved, so nobody can take an address that is not theirs. Mail
 * goes through a real SMTP server.
 */
@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
class EmailConfirmationTest {

    private static final String PASSWORD = "tea with the renal team";

    static final TestMailServer MAIL = TestMailServer.create();

    @RegisterExtension
    static final GreenMailExtension mailServer = MAIL.extension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.configure(registry);
    }

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationApprovals approvals;
    @Autowired
    EmailConfirmation confirmation;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void registering_e_mails_a_link_and_approval_is_refused_until_the_link_confirms_the_address() {
        register("kim@example.org");

        MimeMessage mail = TestMailServer.awaitMessages(mailServer, 1).getFirst();
        assertThat(TestMailServer.to(mail)).isEqualTo("kim@example.org");
        assertThat(TestMailServer.subject(mail)).isEqualTo("Confirm your e-mail address for JoinedUp");
        assertThat(TestMailServer.body(mail)).contains("The link works once, for the next 24 hours.");
        String link = TestMailServer.link(mail, "confirm-email");
        assertThat(link).startsWith("https://joinedup.test/confirm-email?token=");

        SignedInAs.demo(users, "moderator");
        PendingRegistration before = waitingFor("kim@example.org");
        assertThat(before.emailConfirmed()).isFalse();
        assertThatThrownBy(() -> approvals.approve(before.personId(), before.version()))
                .isInstanceOf(EmailNotConfirmedException.class)
                .hasMessageStartingWith("This person has not yet confirmed their e-mail address");
        assertThat(waitingFor("kim@example.org").personId()).isEqualTo(before.personId());

        SignedInAs.nobody();
        assertThat(confirmation.confirm(TestMailServer.token(link))).isEqualTo(LinkState.VALID);
        assertThat(confirmation.confirm(TestMailServer.token(link))).as("single use").isEqualTo(LinkState.USED);

        SignedInAs.demo(users, "moderator");
        assertThat(waitingFor("kim@example.org").emailConfirmed()).isTrue();
        // Confirming does not overtake the moderator's view of the registration.
        approvals.approve(before.personId(), before.version());
        assertThat(((PortalUser) users.loadUserByUsername("kim@example.org")).status()).isEqualTo(AccountStatus.ACTIVE);
        SignedInAs.demo(users, "admin");
        assertThat(audit.history("person", before.personId(), 0, 10)).extracting(AuditRecord::action)
                .containsExactly("registration.approved", "registration.email-confirmed", "registration.submitted");
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class,
                TestMailServer.token(link))).as("only a digest of the link is stored").isZero();
    }

    @Test
    void a_link_works_for_24_hours_and_a_new_one_replaces_it() {
        register("robin@example.org");
        String first = TestMailServer.token(TestMailServer.link(TestMailServer.awaitMessages(mailServer, 1).getFirst(),
                "confirm-email"));

        clock.advance(Duration.ofHours(24));
        assertThat(confirmation.confirm(first)).isEqualTo(LinkState.EXPIRED);

        confirmation.resend("  Robin@Example.org ");
        List<MimeMessage> mails = TestMailServer.awaitMessages(mailServer, 2);
        String second = TestMailServer.token(TestMailServer.link(mails.get(1), "confirm-email"));
        assertThat(confirmation.confirm(first)).isEqualTo(LinkState.USED);
        assertThat(confirmation.confirm(second)).isEqualTo(LinkState.VALID);
        assertThat(confirmation.confirm("not-a-link-we-sent")).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void a_new_link_goes_only_to_a_registration_still_waiting_for_one() {
        confirmation.resend("nobody-registered@example.org");
        confirmation.resend("gp@demo.joinedup.example");
        register("sam@example.org");

        List<MimeMessage> mails = TestMailServer.awaitMessages(mailServer, 1);
        assertThat(mails).extracting(TestMailServer::to).containsExactly("sam@example.org");
    }

    @Test
    void registering_an_address_that_has_an_account_tells_its_owner_and_makes_nothing() {
        long before = jdbc.queryForObject("select count(*) from person", Long.class);

        register("gp@demo.joinedup.example");

        MimeMessage mail = TestMailServer.awaitMessages(mailServer, 1).getFirst();
        assertThat(TestMailServer.to(mail)).isEqualTo("gp@demo.joinedup.example");
        assertThat(TestMailServer.subject(mail)).isEqualTo("You already have a JoinedUp account");
        assertThat(TestMailServer.link(mail, "forgot-password")).isEqualTo("https://joinedup.test/forgot-password");
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(before);
    }

    private void register(String email) {
        registrations.register(new Registration("Someone", "Someone Real", email, PASSWORD, null, true));
    }

    private PendingRegistration waitingFor(String email) {
        return approvals.waiting(0, 100).stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }
}
