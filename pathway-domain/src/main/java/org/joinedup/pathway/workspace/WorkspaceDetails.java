package org.joinedup.pathway.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A workspace's heading, settings and review state.
 *
 * @param convened whether it has a convenor whose account is active; without one, nobody can
 *                 manage members or propose changes until an administrator names a convenor
 * @param confidentialReason why the published pathway is kept out of the library, or null when it is in it
 * @param copiedFrom the other locality's published version this workspace started from, or null
 */
public record WorkspaceDetails(long id, long version, String title, String condition, String locality,
        WorkspaceVisibility visibility, int reviewIntervalMonths, Integer lastVersionNumber,
        Instant lastPublishedAt, LocalDate reviewDue, boolean reviewOverdue, String reviewRequestReason,
        Instant reviewRequestedAt, boolean convened, String confidentialReason, CopiedFrom copiedFrom) {

    public boolean confidential() {
        return confidentialReason != null;
    }
}
