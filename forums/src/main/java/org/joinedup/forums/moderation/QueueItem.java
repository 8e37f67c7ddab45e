package org.joinedup.forums.moderation;

import java.time.Instant;
import java.util.List;

import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.PostStatus;

/**
 * A post waiting for a moderator: held (for any reason) or published with open flags.
 *
 * @param authorRealName  the author's real name, for moderators
 * @param html            the post rendered through the portal's safe Markdown
 * @param highlightedHtml for a post held because it may identify a patient: its text, escaped,
 *                        with what the screening found wrapped in {@code <mark>}; null otherwise
 * @param waitingSince    when it was written, or first flagged when it was published
 * @param version         the post's version, to send back with the decision
 */
public record QueueItem(long postId, long threadId, String threadTitle, long forumId, String forumTitle,
        long authorId, String authorName, String authorRealName, PostStatus status, HoldReason holdReason,
        String holdDetail, List<FlagDetails> flags, String body, String html, String highlightedHtml,
        Instant writtenAt, Instant waitingSince, long version) {

    /** What a moderator reads first: why the post is here. */
    public String reason() {
        if (status == PostStatus.HELD && holdReason != null) {
            String why = switch (holdReason) {
                case IDENTIFIERS -> "Held: it may identify a patient";
                case FIRST_POSTS -> "Held: one of a new member's first posts";
                case LONG -> "Held: very long";
                case LINKS -> "Held: many links";
                case REPEATED -> "Held: repeats an earlier post";
                case FLAGGED -> "Held: flagged by " + ModerationLimits.FLAGS_TO_HOLD + " or more people";
            };
            return holdDetail == null || holdDetail.isBlank() ? why : why + ". " + holdDetail;
        }
        return "Flagged by " + flags.size() + (flags.size() == 1 ? " person" : " people");
    }
}
