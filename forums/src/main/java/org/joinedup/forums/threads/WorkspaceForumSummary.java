package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A workspace the signed-in person may read, as the list of workspace forums shows it.
 *
 * @param forumId      its forum, or null while nobody has opened it yet
 * @param lastActivity the newest visible post; null while there is none
 */
public record WorkspaceForumSummary(long workspaceId, String title, Long forumId, long threadCount,
        Instant lastActivity) {

    public String route() {
        return ForumRoutes.workspaceForum(workspaceId);
    }
}
