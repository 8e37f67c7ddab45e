package org.joinedup.portal.notifications;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.joinedup.platform.notification.DailyDigest;
import org.joinedup.platform.notification.NewNotification;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.notification.NotificationPreferences;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.notification.PendingDecisions;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.profile.ProfileView;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notifications and digests and changes preferences, so it gets a database of its
 * own; each test starts with no notifications and nothing waiting.
 */
@DirtiesContext
@Import({MovableClock.Configuration.class, NotificationsViewTest.Waiting.class})
class NotificationsViewTest extends KaribuTest {

    /** Decisions waiting, as a module that asks for sign-offs would list them. */
    static class WaitingSignOffs implements PendingDecisions {

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
    static class Waiting {

        @Bean
        WaitingSignOffs waitingSignOffs() {
            return new WaitingSignOffs();
        }
    }

    @Autowired
    NotificationCentre centre;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    WaitingSignOffs signOffs;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private NotificationSending sending;
    private long gp;

    @BeforeEach
    void nothingYet() {
        jdbc.update("delete from notification_digest");
        jdbc.update("delete from notification");
        signOffs.waiting.clear();
        sending = new NotificationSending(centre, transactions, users);
        gp = sending.idOf("gp");
    }

    @Test
    void with_no_notifications_the_page_says_what_will_appear_here() {
        signInAs("nurse");
        navigateTo("notifications");

        assertThat(_get(Span.class, spec -> spec.withClasses("empty-state")).getText()).isEqualTo(
                "Nothing new. Sign-off requests, mentions, objections and publications will appear here.");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(markAllRead().isEnabled()).isFalse();
    }

    @Test
    void notifications_are_listed_newest_first_with_the_unread_ones_marked() {
        sending.sendAs("consultant", new NewNotification(gp, NotificationKind.SIGN_OFF_REQUESTED,
                "Sign off the foot-care pathway", "profile"));
        clock.advance(Duration.ofMinutes(10));
        sending.sendAs("consultant", new NewNotification(gp, NotificationKind.PUBLICATION,
                "The kidney pathway was published", "profile"));
        signInAs("gp");
        navigateTo("notifications");

        assertThat(_size(grid())).isEqualTo(2);
        assertThat(title(0)).isEqualTo("The kidney pathway was published");
        assertThat(_getFormatted(grid(), 0, "about")).isEqualTo("Publication");
        assertThat(title(1)).isEqualTo("Sign off the foot-care pathway");
        assertThat(_getFormatted(grid(), 1, "about")).isEqualTo("Sign-off requested");
        assertThat(_getFormatted(grid(), 1, "received")).isEqualTo("23 November 2026, 14:00");
        assertThat(status(0)).isEqualTo("Unread");
        assertThat(status(1)).isEqualTo("Unread");
        assertThat(_find(Span.class, spec -> spec.withClasses("empty-state"))).isEmpty();
    }

    @Test
    void opening_a_notification_marks_it_read_and_follows_its_link() {
        sending.sendAs("consultant", new NewNotification(gp, NotificationKind.MENTION, "Dr Okafor mentioned you",
                "profile?from=notifications"));
        signInAs("gp");
        navigateTo("notifications");

        _click((Button) _getCellComponent(grid(), 0, "title"));

        assertThat(currentView()).isEqualTo(ProfileView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("from"))
                .hasValue("notifications");
        assertThat(centre.unreadCount()).isZero();
        NotificationSending.awaitPush(() -> bell().getAriaLabel().orElse("").equals("Notifications"));
        navigateTo("notifications");
        assertThat(status(0)).isEmpty();
    }

    @Test
    void mark_all_as_read_clears_the_marks_and_the_bell() {
        for (String title : List.of("First", "Second", "Third")) {
            sending.sendAs("consultant", new NewNotification(gp, NotificationKind.REMINDER, title, "profile"));
        }
        signInAs("gp");
        navigateTo("notifications");
        assertThat(bell().getAriaLabel()).hasValue("Notifications, 3 unread");

        _click(markAllRead());

        assertThat(List.of(status(0), status(1), status(2))).containsOnly("");
        assertThat(markAllRead().isEnabled()).isFalse();
        NotificationSending.awaitPush(() -> bell().getAriaLabel().orElse("").equals("Notifications"));
    }

    @Test
    void a_notification_arriving_while_the_page_is_open_appears_in_the_list() {
        signInAs("gp");
        navigateTo("notifications");
        assertThat(_find(Grid.class)).isEmpty();

        sending.sendAs("consultant", new NewNotification(gp, NotificationKind.OBJECTION,
                "Dr Okafor objected to the proposal", "profile"));

        NotificationSending.awaitPush(() -> !_find(Grid.class).isEmpty() && _size(grid()) == 1);
        assertThat(title(0)).isEqualTo("Dr Okafor objected to the proposal");
    }

    @Test
    void the_daily_digest_opens_here_as_the_list_of_decisions_waiting() {
        signOffs.waiting.put(gp, List.of(
                new PendingDecision("Sign off: diabetic foot pathway, version 3", "workspaces/12/proposal",
                        LocalDate.of(2026, 11, 30)),
                new PendingDecision("Sign off: asthma hand-over", "workspaces/4/proposal", null)));
        digest.send();
        signInAs("gp");
        navigateTo("notifications");
        assertThat(title(0)).isEqualTo("2 decisions are waiting on you");
        assertThat(_getFormatted(grid(), 0, "about")).isEqualTo("Daily digest");

        _click((Button) _getCellComponent(grid(), 0, "title"));

        assertThat(currentView()).isEqualTo(NotificationsView.class);
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively()).containsExactly(
                "Sign off: diabetic foot pathway, version 3, needed by 30 November 2026",
                "Sign off: asthma hand-over");
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign off: asthma hand-over")).getFirst().getHref())
                .isEqualTo("workspaces/4/proposal");
        assertThat(status(0)).isEmpty();
    }

    @Test
    void the_digest_switch_is_kept() {
        signInAs("gp");
        navigateTo("notifications");
        assertThat(digestSwitch().getValue()).isTrue();

        _setValue(digestSwitch(), false);

        assertThat(preferences.digestEnabled()).isFalse();
        navigateTo("");
        navigateTo("notifications");
        assertThat(digestSwitch().getValue()).isFalse();

        _setValue(digestSwitch(), true);
        assertThat(preferences.digestEnabled()).isTrue();
    }

    @Test
    void the_choice_to_have_them_by_e_mail_too_is_kept() {
        signInAs("nurse");
        navigateTo("notifications");
        Checkbox byEmail = _get(Checkbox.class, spec -> spec.withLabel("Also by e-mail"));
        assertThat(byEmail.getValue()).as("off until chosen").isFalse();

        _setValue(byEmail, true);

        assertThat(preferences.byEmail()).isTrue();
        navigateTo("");
        navigateTo("notifications");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Also by e-mail")).getValue()).isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Also by e-mail")), false);
        assertThat(preferences.byEmail()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class);
    }

    private static String title(int row) {
        return ((Button) _getCellComponent(grid(), row, "title")).getText();
    }

    private static String status(int row) {
        return ((Span) _getCellComponent(grid(), row, "status")).getText();
    }

    private static Button markAllRead() {
        return _get(Button.class, spec -> spec.withText("Mark all as read"));
    }

    private static Checkbox digestSwitch() {
        return _get(Checkbox.class, spec -> spec.withLabel("Send me a daily digest of decisions that wait on me"));
    }

    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }
}
