package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A post as a reader sees it.
 *
 * @param authorName     the author's display name (a patient partner's chosen name)
 * @param authorRealName the author's real name, given only to moderators and administrators; null otherwise
 * @param html           the body rendered through the portal's safe Markdown
 * @param holdReason     why it waits for a moderator, when it does; shown to its author and moderators
 * @param holdDetail     what the hold found (e.g. where an NHS number seems to be), without the text itself
 * @param hiddenReason   the moderator's reason, when hidden
 * @param quoted         the post it replies to, shortened, when it quotes one
 * @param mine           written by the signed-in person
 */
public record PostDetails(long id, long threadId, long authorId, String authorName, String authorRealName,
        boolean authorPatientPartner, String body, String html, PostStatus status, HoldReason holdReason,
        String holdDetail, String hiddenReason, QuotedPost quoted, Instant createdAt, Instant editedAt, long version,
        boolean mine) {

    /** The start of a quoted post, as a reply shows it. */
    public record QuotedPost(long id, String authorName, String excerpt) {
    }
}
