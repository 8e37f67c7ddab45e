package org.joinedup.platform.notification;

import java.time.LocalDate;

/**
 * A decision that waits on someone, for their daily digest.
 *
 * @param title what is to be decided, e.g. "Sign off: diabetic foot pathway, version 3"
 * @param link  the route inside the portal where it is decided
 * @param dueBy when it is needed by, or null when there is no date
 */
public record PendingDecision(String title, String link, LocalDate dueBy) {

    public PendingDecision {
        title = NotificationText.title(title);
        link = NotificationText.link(link);
    }
}
