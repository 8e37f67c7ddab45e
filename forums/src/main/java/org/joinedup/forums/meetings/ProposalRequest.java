package org.joinedup.forums.meetings;

import org.joinedup.pathway.proposal.ProposalService;

/** Sends a decision that changes the pathway to the workspace's change proposal. */
final class ProposalRequest {

    record Outcome(long proposalId, boolean opened) {
    }

    private ProposalRequest() {
    }

    static Outcome send(ProposalService proposals, long workspaceId, String reason, String source) {
        throw new IllegalStateException("Change requests from meetings arrive with the pathway's change-request service");
    }
}
