/**
 * Forum moderation: readers' flags, the moderation queue of held and flagged posts, moderators'
 * decisions on posts and threads, and suspensions from posting. {@link ModerationService} is
 * the API.
 */
package org.joinedup.forums.moderation;
