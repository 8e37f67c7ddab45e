package org.joinedup.forums.threads;

/** Whether a post can be read by the thread's readers. */
public enum PostStatus {
    PUBLISHED("Published"),
    /** Waiting for a moderator; only its author and moderators see it. */
    HELD("Waiting for a moderator"),
    /** Hidden by a moderator, with a reason its author sees. */
    HIDDEN("Hidden by a moderator");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
