package org.joinedup.portal.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationFeed;

/**
 * The bell in the header: how many notifications are unread, kept up to date while the
 * portal is open, and the way to the notifications page. The count is in the button's
 * accessible name; the badge only shows it.
 */
public class NotificationBell extends Button {

    /** Larger counts show as "99+"; the accessible name still gives the number. */
    private static final long MOST_SHOWN = 99;

    private final Span badge = new Span();

    public NotificationBell(NotificationCentre centre, NotificationFeed feed) {
        super(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        setTooltipText("Notifications");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(badge);
        addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));

        // Remembered on the request thread, before any update arrives from another.
        Viewer viewer = Viewer.current();
        // Watching starts before the first count, so no change can fall between the two.
        LiveUpdates.keep(this, feed, () -> show(viewer.read(centre::unreadCount)));
        addAttachListener(event -> show(centre.unreadCount()));
    }

    private void show(long unread) {
        badge.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
    }
}
