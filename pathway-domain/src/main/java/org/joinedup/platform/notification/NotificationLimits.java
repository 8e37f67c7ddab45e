package org.joinedup.platform.notification;

/** Column sizes shared by the entities and the migration that creates the notification tables. */
public final class NotificationLimits {

    /** A longer title is cut and ends with an ellipsis. */
    public static final int TITLE = 200;
    /** A longer link is refused: a cut link would lead nowhere. */
    public static final int LINK = 500;

    private NotificationLimits() {
    }
}
