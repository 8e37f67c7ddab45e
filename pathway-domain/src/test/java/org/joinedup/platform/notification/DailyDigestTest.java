package org.joinedup.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The digest with two sources of decisions, as two modules would provide them. Sends
 * digests and changes preferences, so it gets a database of its own; each test starts
 * with no notifications, no digests and nothing waiting.
 */
@JoinedUpTest
@DirtiesContext
@Import({MovableClock.Configuration.class, DailyDigestTest.Sources.class})
class DailyDigestTest {

    /** Decisions waiting, by person, as one module would list them. */
    static class WaitingDecisions implements PendingDecisions {

        final Map<Long, List<PendingDecision>> waiting = new ConcurrentHashMap<>();
        volatile boolean broken;

        @Override
        public List<PendingDecision> pendingFor(long personId) {
            if (broken) {
                throw new IllegalStateException("This source is broken");
            }
            return waiting.getOrDefault(personId, List.of());
        }

        @Override
        public Set<Long> peopleWithPendingDecisions() {
            return Set.copyOf(waiting.keySet());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Sources {

        @Bean
        WaitingDecisions signOffsWaiting() {
            return new WaitingDecisions();
        }

        @Bean
        WaitingDecisions reviewsWaiting() {
            return new WaitingDecisions();
        }
    }

    @Autowired
    DailyDigest digest;
    @Autowired
    WaitingDecisions signOffsWaiting;
    @Autowired
    WaitingDecisions reviewsWaiting;
    @Autowired
    NotificationCentre centre;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private DemoSignIn signIn;
    private long gp;

    @BeforeEach
    void nothingWaitingYet() {
        signIn = new DemoSignIn(users);
        gp = signIn.idOf("gp");
        jdbc.update("delete from notification_digest");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        for (WaitingDecisions source : List.of(signOffsWaiting, reviewsWaiting)) {
            source.waiting.clear();
            source.broken = false;
        }
    }

    @AfterEach
    void signOutAndReactivate() {
        DemoSignIn.nobody();
        jdbc.update("update person set status = 'ACTIVE' where status = 'DEACTIVATED'");
    }

    @Test
    void one_message_lists_the_decisions_from_every_source_earliest_due_first() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        signOffsWaiting.waiting.put(gp, List.of(new PendingDecision("Sign off: diabetic foot pathway, version 3",
                "workspaces/12/proposal", today.plusDays(7))));
        reviewsWaiting.waiting.put(gp, List.of(new PendingDecision("Review the COPD discharge hand-over",
                "workspaces/4/review", today.plusDays(2))));

        assertThat(digest.send()).isEqualTo(1);

        signIn.as("gp");
        assertThat(centre.unreadCount()).isEqualTo(1);
        NotificationItem message = centre.mine(0, 10).getFirst();
        assertThat(message.kind()).isEqualTo(NotificationKind.DIGEST);
        assertThat(message.title()).isEqualTo("2 decisions are waiting on you");
        assertThat(message.link()).isEqualTo("notifications");
        DigestDetails details = centre.digest(message.id());
        assertThat(details.day()).isEqualTo(today);
        assertThat(details.decisions()).extracting(PendingDecision::title).containsExactly(
                "Review the COPD discharge hand-over", "Sign off: diabetic foot pathway, version 3");
        assertThat(details.decisions()).extracting(PendingDecision::link)
                .containsExactly("workspaces/4/review", "workspaces/12/proposal");
        assertThat(details.text()).isEqualTo("""
                2 decisions are waiting on you on Monday 23 November 2026:
                - Review the COPD discharge hand-over (needed by 25 November 2026)
                - Sign off: diabetic foot pathway, version 3 (needed by 30 November 2026)
                """);
    }

    @Test
    void people_with_nothing_waiting_get_nothing() {
        reviewsWaiting.waiting.put(gp, List.of(decision("Review")));

        digest.send();

        assertThat(jdbc.queryForList("select distinct recipient_id from notification", Long.class))
                .containsExactly(gp);
    }

    @Test
    void someone_who_switched_the_digest_off_gets_none_until_they_switch_it_on() {
        signOffsWaiting.waiting.put(gp, List.of(decision("Sign off the asthma pathway")));
        signIn.as("gp");
        assertThat(preferences.digestEnabled()).isTrue();
        preferences.setDigestEnabled(false);
        assertThat(preferences.digestEnabled()).isFalse();
        DemoSignIn.nobody();

        assertThat(digest.send()).isZero();
        assertThat(digestsFor(gp)).isZero();

        signIn.as("gp");
        preferences.setDigestEnabled(true);
        DemoSignIn.nobody();
        assertThat(digest.send()).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ? "
                + "and action like 'notifications.%' order by id", String.class, gp))
                .containsExactly("notifications.digest-off", "notifications.digest-on");
    }

    @Test
    void running_twice_in_a_day_sends_one_digest_and_the_next_day_sends_another() {
        signOffsWaiting.waiting.put(gp, List.of(decision("Sign off the asthma pathway")));

        assertThat(digest.send()).isEqualTo(1);
        assertThat(digest.send()).isZero();
        clock.advance(Duration.ofHours(6));
        assertThat(digest.send()).isZero();

        assertThat(digestsFor(gp)).isEqualTo(1);
        assertThat(notificationsFor(gp)).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        assertThat(digest.send()).isEqualTo(1);
        assertThat(digestsFor(gp)).isEqualTo(2);
    }

    @Test
    void two_nodes_running_at_the_same_moment_still_send_one_digest_each() throws Exception {
        List<Long> people = List.of(gp, signIn.idOf("nurse"), signIn.idOf("consultant"), signIn.idOf("patient"));
        people.forEach(person -> signOffsWaiting.waiting.put(person, List.of(decision("Sign off"))));
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            together.await();
            return digest.send();
        };

        int sent;
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = nodes.invokeAll(List.of(node, node));
            sent = runs.get(0).get() + runs.get(1).get();
        }

        assertThat(sent).isEqualTo(people.size());
        for (long person : people) {
            assertThat(digestsFor(person)).as("digests of person " + person).isEqualTo(1);
            assertThat(notificationsFor(person)).as("notifications of person " + person).isEqualTo(1);
        }
    }

    @Test
    void deactivated_people_get_no_digest() {
        long nurse = signIn.idOf("nurse");
        signOffsWaiting.waiting.put(nurse, List.of(decision("Sign off")));
        jdbc.update("update person set status = 'DEACTIVATED' where id = ?", nurse);

        assertThat(digest.send()).isZero();
        assertThat(digestsFor(nurse)).isZero();
    }

    @Test
    void a_broken_source_leaves_the_others_decisions_in_the_digest() {
        signOffsWaiting.waiting.put(gp, List.of(decision("Sign off the asthma pathway")));
        reviewsWaiting.waiting.put(gp, List.of(decision("Review")));
        reviewsWaiting.broken = true;

        assertThat(digest.send()).isEqualTo(1);

        signIn.as("gp");
        assertThat(centre.digest(centre.mine(0, 1).getFirst().id()).decisions())
                .extracting(PendingDecision::title).containsExactly("Sign off the asthma pathway");
    }

    @Test
    void a_long_list_is_cut_and_says_how_many_more_wait() {
        List<PendingDecision> many = new ArrayList<>();
        for (int i = 1; i <= DailyDigest.MOST_LISTED + 3; i++) {
            many.add(decision("Decision " + i));
        }
        signOffsWaiting.waiting.put(gp, many);

        digest.send();

        signIn.as("gp");
        NotificationItem message = centre.mine(0, 1).getFirst();
        assertThat(message.title()).isEqualTo((DailyDigest.MOST_LISTED + 3) + " decisions are waiting on you");
        DigestDetails details = centre.digest(message.id());
        assertThat(details.decisions()).hasSize(DailyDigest.MOST_LISTED);
        assertThat(details.waiting()).isEqualTo(DailyDigest.MOST_LISTED + 3);
        assertThat(details.text()).endsWith("And 3 more not listed here.\n");
    }

    private static PendingDecision decision(String title) {
        return new PendingDecision(title, "workspaces/1", null);
    }

    private int digestsFor(long person) {
        return jdbc.queryForObject("select count(*) from notification_digest where recipient_id = ?", Integer.class,
                person);
    }

    private int notificationsFor(long person) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = 'DIGEST'",
                Integer.class, person);
    }
}
