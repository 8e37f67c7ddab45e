package org.joinedup.forums.moderation;

import java.time.Instant;

/** A suspension in force, as moderators see it. */
public record SuspensionDetails(long id, long personId, String displayName, String realName, String reason,
        String suspendedBy, Instant startsAt, Instant endsAt) {
}
