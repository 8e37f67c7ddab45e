package org.joinedup.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends notifications and changes account statuses, so it gets a database of its own; each test starts with none. */
@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
class NotificationCentreTest {

    @Autowired
    NotificationCentre centre;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private DemoSignIn signIn;

    @BeforeEach
    void noNotificationsYet() {
        signIn = new DemoSignIn(users);
        jdbc.update("delete from notification");
    }

    @AfterEach
    void signOutAndReactivate() {
        DemoSignIn.nobody();
        jdbc.update("update person set status = 'ACTIVE' where status = 'DEACTIVATED'");
    }

    @Test
    void the_recipient_sees_what_was_sent_newest_first_with_the_unread_count() {
        long gp = signIn.idOf("gp");
        Instant start = clock.instant();
        send(new NewNotification(gp, NotificationKind.SIGN_OFF_REQUESTED, "Sign off the foot-care pathway",
                "workspaces/12/proposal"));
        clock.advance(Duration.ofMinutes(5));
        send(new NewNotification(gp, NotificationKind.MENTION, "Dr Okafor mentioned you", "workspaces/12/discussion"));

        signIn.as("gp");

        assertThat(centre.unreadCount()).isEqualTo(2);
        assertThat(centre.countMine()).isEqualTo(2);
        List<NotificationItem> mine = centre.mine(0, 10);
        assertThat(mine).extracting(NotificationItem::title)
                .containsExactly("Dr Okafor mentioned you", "Sign off the foot-care pathway");
        NotificationItem newest = mine.getFirst();
        assertThat(newest.kind()).isEqualTo(NotificationKind.MENTION);
        assertThat(newest.link()).isEqualTo("workspaces/12/discussion");
        assertThat(newest.createdAt()).isEqualTo(start.plus(Duration.ofMinutes(5)));
        assertThat(newest.read()).isFalse();
    }

    @Test
    void pages_start_exactly_where_the_grid_asks() {
        long nurse = signIn.idOf("nurse");
        for (int i = 1; i <= 7; i++) {
            send(new NewNotification(nurse, NotificationKind.REMINDER, "Reminder " + i, "notifications"));
            clock.advance(Duration.ofSeconds(1));
        }
        signIn.as("nurse");

        assertThat(centre.mine(0, 3)).extracting(NotificationItem::title)
                .containsExactly("Reminder 7", "Reminder 6", "Reminder 5");
        assertThat(centre.mine(2, 4)).extracting(NotificationItem::title)
                .containsExactly("Reminder 5", "Reminder 4", "Reminder 3", "Reminder 2");
        assertThat(centre.mine(6, 50)).extracting(NotificationItem::title).containsExactly("Reminder 1");
        assertThat(centre.countMine()).isEqualTo(7);
    }

    @Test
    void marking_one_read_and_then_all_read_brings_the_count_to_zero() {
        long consultant = signIn.idOf("consultant");
        send(new NewNotification(consultant, NotificationKind.OBJECTION, "An objection", "workspaces/3"));
        send(new NewNotification(consultant, NotificationKind.PUBLICATION, "Version 2 published", "pathways/3"));
        send(new NewNotification(consultant, NotificationKind.REVIEW_DUE, "Review due", "pathways/4"));
        signIn.as("consultant");
        long objection = centre.mine(0, 10).stream()
                .filter(item -> item.kind() == NotificationKind.OBJECTION).findFirst().orElseThrow().id();

        centre.markRead(objection);

        assertThat(centre.unreadCount()).isEqualTo(2);
        assertThat(centre.mine(0, 10)).filteredOn(NotificationItem::read)
                .extracting(NotificationItem::id).containsExactly(objection);

        centre.markAllRead();

        assertThat(centre.unreadCount()).isZero();
        assertThat(centre.mine(0, 10)).allMatch(NotificationItem::read);
        assertThat(centre.countMine()).isEqualTo(3);
    }

    @Test
    void nobody_sees_or_marks_someone_elses_notifications() {
        long gp = signIn.idOf("gp");
        send(new NewNotification(gp, NotificationKind.MENTION, "For the GP only", "workspaces/1"));
        signIn.as("gp");
        long gpsNotification = centre.mine(0, 1).getFirst().id();

        signIn.as("pharmacist");

        assertThat(centre.mine(0, 10)).isEmpty();
        assertThat(centre.countMine()).isZero();
        assertThat(centre.unreadCount()).isZero();
        assertThatThrownBy(() -> centre.markRead(gpsNotification)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centre.digest(gpsNotification)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centre.markRead(gpsNotification + 1000)).isInstanceOf(NoSuchElementException.class);
        centre.markAllRead();

        signIn.as("gp");
        assertThat(centre.unreadCount()).isEqualTo(1);
    }

    @Test
    void deactivated_people_are_skipped_and_patient_partners_are_notified() {
        long gp = signIn.idOf("gp");
        long nurse = signIn.idOf("nurse");
        long patient = signIn.idOf("patient");
        jdbc.update("update person set status = 'DEACTIVATED' where id = ?", nurse);

        transactions.executeWithoutResult(status -> centre.sendAll(List.of(gp, nurse, patient),
                NotificationKind.PUBLICATION, "The kidney pathway was published", "pathways/7"));

        assertThat(recipientsOf("The kidney pathway was published")).containsExactlyInAnyOrder(gp, patient);
    }

    @Test
    void someone_named_twice_in_one_sending_is_notified_once() {
        long gp = signIn.idOf("gp");
        long lmc = signIn.idOf("lmc");

        transactions.executeWithoutResult(status -> centre.sendAll(List.of(gp, lmc, gp, gp),
                NotificationKind.SIGN_OFF_REQUESTED, "Sign-off requested", "workspaces/2/proposal"));

        assertThat(recipientsOf("Sign-off requested")).containsExactlyInAnyOrder(gp, lmc);
    }

    @Test
    void sending_needs_the_callers_transaction_but_nobody_signed_in() {
        long gp = signIn.idOf("gp");
        NewNotification reminder = new NewNotification(gp, NotificationKind.REMINDER, "Reminder", "notifications");

        assertThatThrownBy(() -> centre.send(reminder)).isInstanceOf(IllegalTransactionStateException.class);

        DemoSignIn.nobody();
        send(reminder);
        assertThat(recipientsOf("Reminder")).containsExactly(gp);
    }

    @Test
    void a_notification_rolled_back_with_its_change_is_never_seen() {
        long gp = signIn.idOf("gp");

        transactions.executeWithoutResult(status -> {
            centre.send(new NewNotification(gp, NotificationKind.OBJECTION, "Objection", "workspaces/5"));
            status.setRollbackOnly();
        });

        assertThat(recipientsOf("Objection")).isEmpty();
    }

    @Test
    void long_titles_are_cut_with_an_ellipsis_and_links_must_stay_inside_the_portal() {
        String longTitle = "A very long title ".repeat(20) + "end";

        NewNotification cut = new NewNotification(1, NotificationKind.MENTION, longTitle, "workspaces/1");

        assertThat(cut.title()).hasSize(NotificationLimits.TITLE).endsWith("\u2026").startsWith("A very long title");
        assertThat(new NewNotification(1, NotificationKind.MENTION, "  Two\nlines  ", "a").title())
                .isEqualTo("Two lines");
        for (String outside : List.of("https://example.com/", "//example.com", "/workspaces/1", "javascript:alert(1)",
                "workspaces/../admin", " ")) {
            assertThatThrownBy(() -> new NewNotification(1, NotificationKind.MENTION, "Title", outside))
                    .as(outside).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new NewNotification(1, NotificationKind.MENTION, " ", "workspaces/1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewNotification(1, NotificationKind.MENTION, "Title", "workspaces/12/proposal?step=3#sign-off")
                .link()).isEqualTo("workspaces/12/proposal?step=3#sign-off");
    }

    private void send(NewNotification notification) {
        transactions.executeWithoutResult(status -> centre.send(notification));
    }

    private List<Long> recipientsOf(String title) {
        return jdbc.queryForList("select recipient_id from notification where title = ?", Long.class, title);
    }
}
