package org.joinedup.forums.moderation;

/** Lengths and numbers shared by the entities, the forms and, by comment, the migration. */
public final class ModerationLimits {

    /** A flag's optional words, a hiding reason, a moderator's edit note, a suspension's reason. */
    public static final int NOTE_MAX = 500;

    /** How many different people flag a published post before it is held for a moderator. */
    public static final int FLAGS_TO_HOLD = 3;

    public static final int SUSPENSION_DAYS_MIN = 1;

    public static final int SUSPENSION_DAYS_MAX = 365;

    private ModerationLimits() {
    }
}
