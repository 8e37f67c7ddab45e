package org.joinedup.portal.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Span;
import org.joinedup.platform.notification.NewNotification;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationFeed;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends notifications, so it gets a database of its own; each test starts with none. */
@DirtiesContext
class NotificationBellTest extends KaribuTest {

    @Autowired
    NotificationCentre centre;
    @Autowired
    NotificationFeed feed;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private NotificationSending sending;

    @BeforeEach
    void noNotificationsYet() {
        jdbc.update("delete from notification_digest");
        jdbc.update("delete from notification");
        sending = new NotificationSending(centre, transactions, users);
    }

    @Test
    void with_nothing_unread_the_bell_shows_no_count() {
        signInAs("nurse");
        navigateTo("");

        assertThat(bell().getAriaLabel()).hasValue("Notifications");
        assertThat(_find(bell(), Span.class, spec -> spec.withClasses("notification-badge"))).isEmpty();
    }

    @Test
    void the_bell_shows_how_many_are_unread() {
        long gp = sending.idOf("gp");
        sending.sendAs("consultant", mention(gp, "Dr Okafor mentioned you"));
        sending.sendAs("consultant", mention(gp, "Dr Okafor mentioned you again"));
        signInAs("gp");
        navigateTo("profile");

        assertThat(bell().getAriaLabel()).hasValue("Notifications, 2 unread");
        assertThat(badge().getText()).isEqualTo("2");
    }

    @Test
    void the_count_goes_up_while_the_page_is_open_when_someone_else_sends_a_notification() {
        long gp = sending.idOf("gp");
        signInAs("gp");
        navigateTo("");
        assertThat(bell().getAriaLabel()).hasValue("Notifications");

        sending.sendAs("consultant", mention(gp, "Dr Okafor mentioned you"));

        NotificationSending.awaitPush(() -> bell().getAriaLabel().orElse("").equals("Notifications, 1 unread"));
        assertThat(badge().getText()).isEqualTo("1");
    }

    @Test
    void a_notification_for_someone_else_leaves_the_count_alone() throws InterruptedException {
        long nurse = sending.idOf("nurse");
        signInAs("gp");
        navigateTo("");

        sending.sendAs("consultant", mention(nurse, "For the nurse"));
        Thread.sleep(300);
        MockVaadin.runUIQueue();

        assertThat(bell().getAriaLabel()).hasValue("Notifications");
    }

    @Test
    void more_than_ninety_nine_show_as_ninety_nine_plus_but_are_read_out_in_full() {
        long gp = sending.idOf("gp");
        transactions.executeWithoutResult(status -> IntStream.rangeClosed(1, 120).forEach(i ->
                centre.send(mention(gp, "Mention " + i))));
        signInAs("gp");
        navigateTo("");

        assertThat(badge().getText()).isEqualTo("99+");
        assertThat(bell().getAriaLabel()).hasValue("Notifications, 120 unread");
    }

    @Test
    void the_bell_opens_the_notifications_page() {
        signInAs("gp");
        navigateTo("");

        _click(bell());

        assertThat(currentView()).isEqualTo(NotificationsView.class);
    }

    @Test
    void a_closed_page_stops_watching() {
        long gp = sending.idOf("gp");
        signInAs("gp");
        navigateTo("");
        assertThat(feed.subscriberCount(gp)).isEqualTo(1);

        // The not-found page is shown outside the main layout, so the bell leaves the page.
        openAddress("no-such-page");

        assertThat(feed.subscriberCount(gp)).isZero();
    }

    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    private static Span badge() {
        return _get(bell(), Span.class, spec -> spec.withClasses("notification-badge"));
    }

    private static NewNotification mention(long recipient, String title) {
        return new NewNotification(recipient, NotificationKind.MENTION, title, "profile");
    }
}
