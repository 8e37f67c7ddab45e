package org.joinedup.forums.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.joinedup.forums.meetings.MeetingMode;
import org.joinedup.forums.meetings.MeetingSummary;

/** How a meeting's time and place read on the pages. */
final class MeetingText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private MeetingText() {
    }

    /** "Thursday 28 October 2027, 10:00 to 11:00". */
    static String when(MeetingSummary meeting) {
        return DAY.format(meeting.start()) + ", " + TIME.format(meeting.start()) + " to " + TIME.format(meeting.end());
    }

    static String where(MeetingSummary meeting) {
        return meeting.mode() == MeetingMode.ONLINE ? "Online" : meeting.venue();
    }
}
