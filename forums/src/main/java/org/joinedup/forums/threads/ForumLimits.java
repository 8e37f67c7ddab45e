package org.joinedup.forums.threads;

/** Lengths shared by the entities, the forms and, by comment, the migration. */
public final class ForumLimits {

    public static final int THREAD_TITLE_MAX = 200;

    /** Long enough for a patient's story; the migration's column holds far more. */
    public static final int POST_MAX = 20_000;

    public static final int FORUM_TITLE_MAX = 200;

    private ForumLimits() {
    }
}
