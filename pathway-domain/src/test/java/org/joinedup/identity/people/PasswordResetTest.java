package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.joinedup.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A forgotten password, through a single-use link e-mailed by a real SMTP server and valid for 30 minutes. */
@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
@RecordApplicationEvents
class PasswordResetTest {

    private static final String NEW_PASSWORD = "kettle on the windowsill at dawn";
    private static final String DEMO_PASSWORD = "joinedup-demo";

    static final TestMailServer MAIL = TestMailServer.create();

    @RegisterExtension
    static final GreenMailExtension mailServer = MAIL.extension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.configure(registry);
    }

    @Autowired
    PasswordReset reset;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    @Qualifier("passwordAuthenticationProvider")
    AuthenticationProvider passwordSignIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void a_known_address_gets_a_link_that_sets_a_new_password_once_and_ends_every_session() {
        reset.request(" Patient@Demo.JoinedUp.example ");

        MimeMessage mail = TestMailServer.awaitMessages(mailServer, 1).getFirst();
        assertThat(TestMailServer.to(mail)).isEqualTo("patient@demo.joinedup.example");
        assertThat(TestMailServer.subject(mail)).isEqualTo("Choose a new JoinedUp password");
        assertThat(TestMailServer.body(mail)).startsWith("Dear Margaret Hill,")
                .contains("The link works once, for the next 30 minutes.");
        String token = TestMailServer.token(TestMailServer.link(mail, "reset-password"));
        assertThat(reset.linkState(token)).isEqualTo(LinkState.VALID);

        reset.reset(token, NEW_PASSWORD);

        assertThat(signIn("patient@demo.joinedup.example", NEW_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("patient@demo.joinedup.example", DEMO_PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        long personId = ((PortalUser) users.loadUserByUsername("patient@demo.joinedup.example")).personId();
        assertThat(events.stream(SessionsEnded.class)).containsExactly(new SessionsEnded(personId));
        assertThat(reset.linkState(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> reset.reset(token, "another fresh passphrase here"))
                .isInstanceOfSatisfying(ResetLinkRefusedException.class,
                        e -> assertThat(e.state()).isEqualTo(LinkState.USED));
        SignedInAs.demo(users, "admin");
        assertThat(audit.history("person", personId, 0, 2)).extracting(AuditRecord::action)
                .containsExactly("password.reset", "password.reset-requested");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        reset.request("nobody-here@example.org");
        reset.request("nurse@demo.joinedup.example");

        List<MimeMessage> mails = TestMailServer.awaitMessages(mailServer, 1);
        assertThat(mails).extracting(TestMailServer::to).containsExactly("nurse@demo.joinedup.example");
    }

    @Test
    void a_link_expires_after_30_minutes_and_leaves_the_password_as_it_was() {
        String hashBefore = passwordHashOf("consultant@demo.joinedup.example");
        reset.request("consultant@demo.joinedup.example");
        String token = TestMailServer.token(TestMailServer.link(TestMailServer.awaitMessages(mailServer, 1).getFirst(),
                "reset-password"));

        clock.advance(Duration.ofMinutes(29));
        assertThat(reset.linkState(token)).isEqualTo(LinkState.VALID);
        clock.advance(Duration.ofMinutes(1));
        assertThat(reset.linkState(token)).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> reset.reset(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(ResetLinkRefusedException.class,
                        e -> assertThat(e.state()).isEqualTo(LinkState.EXPIRED));
        assertThat(passwordHashOf("consultant@demo.joinedup.example")).isEqualTo(hashBefore);
    }

    @Test
    void a_weak_password_is_refused_by_the_usual_rules_and_the_link_still_works() {
        reset.request("lmc@demo.joinedup.example");
        String token = TestMailServer.token(TestMailServer.link(TestMailServer.awaitMessages(mailServer, 1).getFirst(),
                "reset-password"));

        assertThatThrownBy(() -> reset.reset(token, "Password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> reset.reset(token, "dr ben carter at home"))
                .isInstanceOf(InvalidInputException.class).hasMessage(PasswordPolicy.PERSONAL);

        assertThat(reset.linkState(token)).isEqualTo(LinkState.VALID);
    }

    @Test
    void a_newer_link_replaces_an_older_one() {
        reset.request("pharmacist@demo.joinedup.example");
        reset.request("pharmacist@demo.joinedup.example");
        List<MimeMessage> mails = TestMailServer.awaitMessages(mailServer, 2);

        List<String> tokens = mails.stream()
                .map(mail -> TestMailServer.token(TestMailServer.link(mail, "reset-password"))).toList();
        assertThat(tokens).extracting(reset::linkState).containsExactlyInAnyOrder(LinkState.USED, LinkState.VALID);
    }

    private String passwordHashOf(String email) {
        return jdbc.queryForObject("select password_hash from person where email = ?", String.class, email);
    }

    private Authentication signIn(String email, String password) {
        return passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
