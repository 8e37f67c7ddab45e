package org.joinedup.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily digest, reminders and mentions come by e-mail, through a real SMTP server, to those who chose it and nobody else. */
@JoinedUpTest
@DirtiesContext
@Import({MovableClock.Configuration.class, DigestByEmailTest.Source.class})
class DigestByEmailTest {

    static final TestMailServer MAIL = TestMailServer.create();

    @RegisterExtension
    static final GreenMailExtension mailServer = MAIL.extension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.configure(registry);
    }

    /** Decisions waiting, by person, as a module would list them. */
    static class Waiting implements PendingDecisions {

        final Map<Long, List<PendingDecision>> waiting = new ConcurrentHashMap<>();

        @Override
        public List<PendingDecision> pendingFor(long personId) {
            return waiting.getOrDefault(personId, List.of());
        }

        @Override
        public Set<Long> peopleWithPendingDecisions() {
            return Set.copyOf(waiting.keySet());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Source {

        @Bean
        Waiting waitingDecisions() {
            return new Waiting();
        }
    }

    @Autowired
    DailyDigest digest;
    @Autowired
    Waiting waiting;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationCentre centre;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void the_digest_and_reminders_are_e_mailed_to_those_who_chose_it_only() {
        DemoSignIn people = new DemoSignIn(users);
        long gp = people.idOf("gp");
        long nurse = people.idOf("nurse");
        people.as("gp");
        assertThat(preferences.byEmail()).as("off until chosen").isFalse();
        preferences.setByEmail(true);
        assertThat(preferences.byEmail()).isTrue();
        DemoSignIn.nobody();
        LocalDate due = LocalDate.of(2026, 11, 30);
        waiting.waiting.put(gp, List.of(new PendingDecision("Sign off: kidney pathway, proposal 2",
                "workspaces/12/proposal", due)));
        waiting.waiting.put(nurse, List.of(new PendingDecision("Sign off: frailty pathway, proposal 2",
                "workspaces/13/proposal", due)));

        assertThat(digest.send()).isEqualTo(2);

        MimeMessage mail = TestMailServer.awaitMessages(mailServer, 1).getFirst();
        assertThat(TestMailServer.to(mail)).isEqualTo("gp@demo.joinedup.example");
        assertThat(TestMailServer.subject(mail)).isEqualTo("JoinedUp: 1 decision is waiting on you");
        assertThat(TestMailServer.body(mail)).contains(
                "1 decision is waiting on you in JoinedUp on Monday 23 November 2026:",
                "- Sign off: kidney pathway, proposal 2 (needed by 30 November 2026)\n"
                        + "  https://joinedup.test/workspaces/12/proposal",
                "untick \"Also by e-mail\" on https://joinedup.test/notifications");

        transactions.executeWithoutResult(status -> {
            centre.sendAll(List.of(gp, nurse), NotificationKind.REMINDER,
                    "Proposal 2 for Chronic kidney disease is near its deadline and still needs your sign-off",
                    "workspaces/12/proposal");
            centre.sendAll(List.of(gp, nurse), NotificationKind.PUBLICATION, "Version 3 of the kidney pathway is "
                    + "published", "workspaces/12");
            centre.sendAll(List.of(gp, nurse), NotificationKind.MENTION, "Jo mentioned you on \u201cReferral\u201d",
                    "workspaces/12");
        });

        List<MimeMessage> all = TestMailServer.awaitMessages(mailServer, 3);
        assertThat(all).as("the digest, the reminder and the mention; not the publication").extracting(TestMailServer::to)
                .containsExactly("gp@demo.joinedup.example", "gp@demo.joinedup.example", "gp@demo.joinedup.example");
        assertThat(TestMailServer.subject(all.get(1))).isEqualTo("JoinedUp: Proposal 2 for Chronic kidney disease is "
                + "near its deadline and still needs your sign-off");
        assertThat(TestMailServer.body(all.get(1))).contains("Open it in JoinedUp: https://joinedup.test/workspaces/12/proposal");
        assertThat(TestMailServer.subject(all.get(2))).isEqualTo("JoinedUp: Jo mentioned you on \u201cReferral\u201d");

        people.as("admin");
        assertThat(audit.history("person", gp, 0, 1)).extracting(AuditRecord::action)
                .containsExactly("notifications.email-on");
    }
}
