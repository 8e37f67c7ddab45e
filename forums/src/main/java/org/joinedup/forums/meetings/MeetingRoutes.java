package org.joinedup.forums.meetings;

/** Where a meeting's page lives, for links in pages, notifications and minutes. */
public final class MeetingRoutes {

    private MeetingRoutes() {
    }

    public static String meeting(long meetingId) {
        return "forums/meetings/" + meetingId;
    }
}
