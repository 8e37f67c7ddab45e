package org.joinedup.platform.notification;

/**
 * A notification to one person. The title is shown as it is, on one line, and cut to
 * {@link NotificationLimits#TITLE} characters with an ellipsis when longer; the link is a
 * route inside the portal, such as {@code workspaces/12/proposal}.
 *
 * @throws IllegalArgumentException when the kind, title or link is missing, or the link
 *                                  leads outside the portal or is longer than
 *                                  {@link NotificationLimits#LINK}
 */
public record NewNotification(long recipientId, NotificationKind kind, String title, String link) {

    public NewNotification {
        if (kind == null) {
            throw new IllegalArgumentException("A notification needs a kind");
        }
        title = NotificationText.title(title);
        link = NotificationText.link(link);
    }
}
