package org.joinedup.forums.insight;

import java.time.Instant;

import org.joinedup.forums.threads.ForumRoutes;

/**
 * A post marked as patient insight on one step of a pathway.
 *
 * @param stepTitle      the step's title as it was when attached, or as the latest version that changed it calls it
 * @param summary        the clinician's one-line summary; null when they wrote none
 * @param postAuthorName the post author's display name (a patient partner's chosen name)
 * @param excerpt        the start of the post, on one line
 * @param attachedBy     the name of the clinician who attached it
 */
public record PatientInsight(long id, long postId, long threadId, String threadTitle, long workspaceId, String stepKey,
        String stepTitle, String summary, String postAuthorName, String excerpt, String attachedBy, Instant attachedAt) {

    /** The post within its thread, for a link back to it. */
    public String postRoute() {
        return ForumRoutes.post(threadId, postId);
    }
}
