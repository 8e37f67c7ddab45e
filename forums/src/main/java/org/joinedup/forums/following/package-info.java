/**
 * Following threads, "helpful" reactions on posts, @mentions, and the notifications a
 * published post sends: {@link org.joinedup.forums.following.ThreadFollowing} and
 * {@link org.joinedup.forums.following.HelpfulReactions} are the API.
 */
package org.joinedup.forums.following;
