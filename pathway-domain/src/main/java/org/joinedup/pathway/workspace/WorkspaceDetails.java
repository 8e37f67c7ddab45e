package org.joinedup.pathway.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A workspace's heading, settings and review state.
 *
 * @param convened whether it has a convenor whose account is active; without one, nobody can
 *                 manage members or propose changes until an administrator names a convenor
 */
public record WorkspaceDetails(long id, long version, String title, String condition, String locality,
        WorkspaceVisibility visibility, int reviewIntervalMonths, Integer lastVersionNumber,
        Instant lastPublishedAt, LocalDate reviewDue, boolean reviewOverdue, String reviewRequestReason,
        Instant reviewRequestedAt, boolean convened) {
}
