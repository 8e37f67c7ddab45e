package org.joinedup.forums.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.joinedup.platform.time.PortalTime;

/** Small pieces the forum pages share. */
final class ForumFormat {

    private ForumFormat() {
    }

    static String when(Instant instant) {
        return instant == null ? "No posts yet" : PortalTime.dateTime(instant);
    }

    static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + kind);
        badge.addClassName("forum-badge");
        return badge;
    }

    static void confirm(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
