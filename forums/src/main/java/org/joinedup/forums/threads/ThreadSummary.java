package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A thread in its forum's list.
 *
 * @param replies visible posts after the first
 * @param unread  the signed-in person has not read its newest visible post
 * @param visible false while its first post waits for a moderator (shown only to its author and moderators)
 */
public record ThreadSummary(long id, long forumId, String title, String authorName, String stepKey, boolean pinned,
        boolean locked, boolean hidden, int replies, Instant lastActivityAt, boolean unread, boolean visible) {
}
