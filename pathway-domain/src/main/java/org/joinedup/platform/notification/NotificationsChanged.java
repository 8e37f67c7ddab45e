package org.joinedup.platform.notification;

/**
 * Someone's notifications changed: a new one arrived, or they read some. Published inside
 * the transaction that changed them; {@link NotificationFeed} passes it on once that
 * transaction has committed.
 */
public record NotificationsChanged(long personId) {
}
