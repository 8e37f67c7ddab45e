package org.joinedup.pathway.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the workspace list.
 *
 * @param myRole                 null when the person reads an open workspace without being a member
 * @param draftChanged           the draft differs from (or has never been) a published version
 * @param awaitingMySignOff      settings the person represents whose decision the open proposal still needs
 * @param openProposalNumber     the proposal waiting for sign-off, if any
 */
public record WorkspaceSummary(long id, String title, WorkspaceVisibility visibility, WorkspaceRole myRole,
        boolean draftChanged, int awaitingMySignOff, Integer openProposalNumber, Integer lastVersionNumber,
        Instant lastPublishedAt, LocalDate reviewDue, boolean reviewOverdue, boolean reviewRequested) {
}
