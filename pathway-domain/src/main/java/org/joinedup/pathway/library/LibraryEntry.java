package org.joinedup.pathway.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.workspace.WorkspaceRole;

/**
 * One pathway in the library: its latest published version.
 *
 * @param agreements   the settings whose agreement published the version, by whom and when
 * @param myRole       the reader's role in the workspace, or null when they are not a member
 * @param readsVersion whether the reader may open the published version itself (clinicians and
 *                     members who read the draft); otherwise only its "what to expect" page
 * @param confidential whether the workspace keeps its pathway out of the library (only its members see it)
 */
public record LibraryEntry(long workspaceId, String title, String condition, String locality, int versionNumber,
        Instant publishedAt, List<Agreement> agreements, LocalDate reviewDue, boolean reviewOverdue,
        WorkspaceRole myRole, boolean readsVersion, boolean confidential) {

    public boolean member() {
        return myRole != null;
    }
}
