package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A thread opened for reading.
 *
 * @param mayReply  the signed-in person may reply now (the thread is neither locked nor hidden)
 * @param moderates the signed-in person is a moderator
 */
public record ThreadDetails(long id, ForumSummary forum, String title, String authorName, String stepKey,
        boolean pinned, boolean locked, boolean hidden, int postCount, Instant createdAt, long version,
        boolean mayReply, boolean moderates) {
}
