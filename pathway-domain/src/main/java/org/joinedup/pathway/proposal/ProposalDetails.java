package org.joinedup.pathway.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.internal.ProposalStatus;

/**
 * A change proposal as one person sees it: the changes that touch their own settings
 * first ({@code forMe}), then the rest, and each affected setting's sign-off.
 *
 * @param blockedBecause why it cannot be published yet; null when it can (or is closed)
 */
public record ProposalDetails(long id, long workspaceId, String workspaceTitle, int number, ProposalStatus status,
        int revision, String summary, LocalDate deadline, boolean overdue, String openedBy, Instant openedAt,
        Integer baseVersion, List<SettingSignOff> settings, List<PathwayChange> forMe, List<PathwayChange> others,
        boolean publishable, String blockedBecause) {
}
