package org.joinedup.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Closes an account, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class NotificationPersonalDataTest {

    @Autowired
    YourDataService yourData;
    @Autowired
    NotificationCentre centre;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void the_data_download_holds_the_persons_notifications_and_digest_choice_and_nobody_elses() {
        DemoSignIn signIn = new DemoSignIn(users);
        long pharmacist = signIn.idOf("pharmacist");
        long gp = signIn.idOf("gp");
        transactions.executeWithoutResult(status -> {
            centre.send(new NewNotification(pharmacist, NotificationKind.MENTION, "Mentioned in the asthma thread",
                    "workspaces/9/discussion"));
            centre.send(new NewNotification(gp, NotificationKind.MENTION, "Only for the GP", "workspaces/9"));
        });
        signIn.as("pharmacist");
        preferences.setDigestEnabled(false);

        JsonNode file = JsonMapper.builder().build().readTree(yourData.exportMyData().content());

        JsonNode section = file.path("sections").valueStream()
                .filter(node -> node.path("name").asString().equals("notifications")).findFirst().orElseThrow()
                .path("data");
        assertThat(section.path("dailyDigest").asString()).isEqualTo("off");
        List<JsonNode> notifications = section.path("notifications").valueStream().toList();
        assertThat(notifications).extracting(node -> node.path("title").asString())
                .containsExactly("Mentioned in the asthma thread");
        assertThat(notifications.getFirst().path("kind").asString()).isEqualTo("Mention");
        assertThat(notifications.getFirst().path("link").asString()).isEqualTo("workspaces/9/discussion");
    }

    @Test
    void closing_the_account_deletes_its_notifications_digests_and_choices_and_sends_no_more() {
        DemoSignIn signIn = new DemoSignIn(users);
        long socialWorker = signIn.idOf("socialcare");
        transactions.executeWithoutResult(status -> centre.send(new NewNotification(socialWorker,
                NotificationKind.REMINDER, "Reminder", "notifications")));
        jdbc.update("insert into notification_digest (recipient_id, digest_day, waiting, body, created_at) "
                + "values (?, '2026-11-23', 1, 'A digest', now())", socialWorker);
        signIn.as("socialcare");
        preferences.setDigestEnabled(false);

        yourData.closeMyAccount(demo.password());
        DemoSignIn.nobody();
        transactions.executeWithoutResult(status -> centre.send(new NewNotification(socialWorker,
                NotificationKind.REMINDER, "After closing", "notifications")));

        for (String table : List.of("notification", "notification_digest")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where recipient_id = ?",
                    Integer.class, socialWorker)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_preference where person_id = ?",
                Integer.class, socialWorker)).isZero();
    }
}
