package org.joinedup.forums.internal;

/**
 * A post about to be written or rewritten, as the posting checks see it.
 *
 * @param threadId null when the post opens a new thread
 * @param edit     an existing post is being rewritten by its author
 */
public record PostAttempt(long authorId, long forumId, Long threadId, String body, boolean edit) {
}
