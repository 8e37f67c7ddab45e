package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A post became visible to its thread's readers: written and not held, or approved by a
 * moderator. Published inside the transaction that did it; listen after commit.
 *
 * @param firstPost it opened its thread
 */
public record PostPublished(long postId, long threadId, long forumId, long authorId, boolean firstPost, Instant at) {
}
