package org.joinedup.forums.following;

/**
 * A post's "helpful" reactions as the signed-in person sees them.
 *
 * @param count    how many people found it helpful
 * @param mine     the signed-in person is one of them
 * @param mayReact the signed-in person may say so (not on their own post, nor on one not published)
 */
public record Helpful(long postId, long count, boolean mine, boolean mayReact) {
}
