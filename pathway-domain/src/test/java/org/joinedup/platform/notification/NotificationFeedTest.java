package org.joinedup.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends notifications, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class NotificationFeedTest {

    /** Long enough for a callback that was wrongly set off to have run. */
    private static final long QUIET_MILLIS = 500;

    @Autowired
    NotificationFeed feed;
    @Autowired
    NotificationCentre centre;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    private long gp;
    private long nurse;

    @BeforeEach
    void people() {
        DemoSignIn people = new DemoSignIn(users);
        gp = people.idOf("gp");
        nurse = people.idOf("nurse");
    }

    @Test
    void a_watcher_hears_of_a_new_notification_only_once_it_has_committed() throws InterruptedException {
        CountDownLatch heard = new CountDownLatch(1);
        NotificationFeed.Registration registration = feed.subscribe(gp, heard::countDown);
        try {
            transactions.executeWithoutResult(status -> {
                centre.send(mention(gp));
                sleepQuietly();
                assertThat(heard.getCount()).as("told before the commit").isEqualTo(1);
            });

            assertThat(heard.await(5, TimeUnit.SECONDS)).as("told after the commit").isTrue();
        } finally {
            registration.remove();
        }
    }

    @Test
    void a_rolled_back_notification_is_never_announced() throws InterruptedException {
        AtomicInteger heard = new AtomicInteger();
        CountDownLatch committed = new CountDownLatch(1);
        NotificationFeed.Registration rolledBackWatcher = feed.subscribe(gp, heard::incrementAndGet);
        NotificationFeed.Registration otherWatcher = feed.subscribe(nurse, committed::countDown);
        try {
            transactions.executeWithoutResult(status -> {
                centre.send(mention(gp));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> centre.send(mention(nurse)));

            assertThat(committed.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(QUIET_MILLIS);
            assertThat(heard).hasValue(0);
        } finally {
            rolledBackWatcher.remove();
            otherWatcher.remove();
        }
    }

    @Test
    void only_the_recipients_watchers_hear_and_a_removed_watcher_is_forgotten() throws InterruptedException {
        AtomicInteger nurseHeard = new AtomicInteger();
        CountDownLatch gpHeard = new CountDownLatch(1);
        NotificationFeed.Registration nurseWatcher = feed.subscribe(nurse, nurseHeard::incrementAndGet);
        NotificationFeed.Registration gpWatcher = feed.subscribe(gp, gpHeard::countDown);
        assertThat(feed.subscriberCount(gp)).isEqualTo(1);

        transactions.executeWithoutResult(status -> centre.send(mention(gp)));

        assertThat(gpHeard.await(5, TimeUnit.SECONDS)).isTrue();
        nurseWatcher.remove();
        gpWatcher.remove();
        gpWatcher.remove();
        assertThat(feed.subscriberCount(gp)).isZero();
        assertThat(feed.subscriberCount(nurse)).isZero();

        transactions.executeWithoutResult(status -> centre.send(mention(nurse)));
        Thread.sleep(QUIET_MILLIS);
        assertThat(nurseHeard).hasValue(0);
    }

    @Test
    void subscribing_and_leaving_from_many_threads_leaves_nothing_behind() throws InterruptedException {
        Thread[] pages = new Thread[16];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = Thread.ofVirtual().start(() -> {
                for (int j = 0; j < 200; j++) {
                    feed.subscribe(gp, () -> { }).remove();
                }
            });
        }
        for (Thread page : pages) {
            page.join();
        }

        assertThat(feed.subscriberCount(gp)).isZero();
    }

    private static NewNotification mention(long personId) {
        return new NewNotification(personId, NotificationKind.MENTION, "You were mentioned", "workspaces/1");
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
