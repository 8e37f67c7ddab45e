package org.joinedup.forums.threads;

/**
 * Something in a thread changed: a post added, edited, held, approved or hidden, or the thread
 * pinned, locked or hidden. Carries no content; pages reload through {@link ForumService},
 * which checks access again.
 *
 * @param postId the post concerned, or null for a change to the thread itself
 */
public record ThreadChanged(long threadId, long forumId, Long postId) {
}
