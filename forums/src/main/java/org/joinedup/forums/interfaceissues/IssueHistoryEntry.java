package org.joinedup.forums.interfaceissues;

import java.time.Instant;

/**
 * One line of an issue's history.
 *
 * @param from the status before, or null for raising the issue
 */
public record IssueHistoryEntry(InterfaceIssueStatus from, InterfaceIssueStatus to, String note, String byName,
        Instant at) {
}
