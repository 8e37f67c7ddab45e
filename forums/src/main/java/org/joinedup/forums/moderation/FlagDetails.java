package org.joinedup.forums.moderation;

import java.time.Instant;

/** One open flag on a post, as moderators see it. */
public record FlagDetails(String flaggedBy, FlagReason reason, String note, Instant flaggedAt) {
}
