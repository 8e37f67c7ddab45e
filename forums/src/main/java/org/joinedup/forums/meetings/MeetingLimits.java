package org.joinedup.forums.meetings;

/** Lengths shared by the rows, the commands and the forms; the migration says the same. */
public final class MeetingLimits {

    public static final int TITLE_MAX = 200;
    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int REASON_MAX = 500;
    public static final int AGENDA_TEXT_MAX = 500;
    public static final int GUEST_NAME_MAX = 200;
    public static final int DECISION_MAX = 1000;
    public static final int ACTION_MAX = 1000;
    /** The longest meeting: a whole day. */
    public static final int LONGEST_MINUTES = 12 * 60;

    private MeetingLimits() {
    }
}
