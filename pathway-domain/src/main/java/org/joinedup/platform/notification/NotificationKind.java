package org.joinedup.platform.notification;

/** What a notification is about; the label is what people see beside it. */
public enum NotificationKind {
    SIGN_OFF_REQUESTED("Sign-off requested"),
    MENTION("Mention"),
    OBJECTION("Objection"),
    SIGN_OFF_LAPSED("Sign-off lapsed"),
    PUBLICATION("Publication"),
    REMINDER("Reminder"),
    REVIEW_DUE("Review due"),
    WORKSPACE_ROLE("Workspace role"),
    URGENT_NOTICE("Urgent notice"),
    FORUM_REPLY("Forum reply"),
    FOLLOWED_THREAD("Followed thread"),
    MODERATION("Moderation"),
    FORUM_MEETING("Forum meeting"),
    INTERFACE_ISSUE("Interface issue"),
    DIGEST("Daily digest");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
