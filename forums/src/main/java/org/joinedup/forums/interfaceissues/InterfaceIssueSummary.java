package org.joinedup.forums.interfaceissues;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue as a row of the log.
 *
 * @param overdue open and past its due date
 */
public record InterfaceIssueSummary(long id, InterfaceIssueKind kind, String title, InterfaceIssueStatus status,
        String ownerName, String raisedByName, Instant raisedAt, LocalDate dueDate, boolean overdue) {
}
