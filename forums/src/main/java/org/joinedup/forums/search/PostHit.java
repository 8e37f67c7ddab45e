package org.joinedup.forums.search;

import java.time.Instant;

/**
 * A post found by a search.
 *
 * @param authorName the author's display name ("Former member" once their account is gone)
 * @param excerpt    plain text from the post around the first word searched for; not HTML
 * @param link       the post within its thread, as a route
 */
public record PostHit(long postId, long threadId, String threadTitle, long forumId, String forumTitle,
        String authorName, Instant createdAt, String excerpt, String link) {
}
