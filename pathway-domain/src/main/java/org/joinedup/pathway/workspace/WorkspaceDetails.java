package org.joinedup.pathway.workspace;

import java.time.Instant;
import java.time.LocalDate;

/** A workspace's heading, settings and review state. */
public record WorkspaceDetails(long id, long version, String title, String condition, String locality,
        WorkspaceVisibility visibility, int reviewIntervalMonths, Integer lastVersionNumber,
        Instant lastPublishedAt, LocalDate reviewDue, boolean reviewOverdue, String reviewRequestReason,
        Instant reviewRequestedAt) {
}
