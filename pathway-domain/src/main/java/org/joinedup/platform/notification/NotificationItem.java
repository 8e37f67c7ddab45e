package org.joinedup.platform.notification;

import java.time.Instant;

/** One of the signed-in person's notifications, as their list shows it. */
public record NotificationItem(long id, NotificationKind kind, String title, String link, Instant createdAt,
        boolean read) {
}
