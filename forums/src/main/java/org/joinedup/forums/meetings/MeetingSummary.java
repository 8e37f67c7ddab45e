package org.joinedup.forums.meetings;

import java.time.ZonedDateTime;

/** A meeting in a list; times in London. */
public record MeetingSummary(long id, long forumId, long workspaceId, String title, ZonedDateTime start,
        ZonedDateTime end, MeetingMode mode, String venue, String link, MeetingStatus status, boolean past,
        boolean minutesPublished) {
}
