package org.joinedup.forums.threads;

import java.time.Instant;

/**
 * A forum as its list shows it.
 *
 * @param workspaceId  the workspace whose forum it is; null for portal-wide forums
 * @param lastActivity when its newest visible post was written; null while it has none
 */
public record ForumSummary(long id, ForumKind kind, Long workspaceId, String title, String description, long threadCount,
        Instant lastActivity) {

    /** The forum's page in the portal. */
    public String route() {
        return ForumRoutes.forum(id);
    }
}
