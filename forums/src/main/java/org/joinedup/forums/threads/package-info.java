/**
 * Forums, threads and posts: reading them, starting threads, replying, quoting, editing one's
 * own posts, unread markers, and the live feed of a thread. {@link ForumService} is the API.
 */
package org.joinedup.forums.threads;
