package org.joinedup.pathway.boundaryfixture.draft;

import org.joinedup.pathway.boundaryfixture.proposal.DraftReadingService;

/** A deliberate breach: the draft room uses the proposal room, which uses it, so the rooms form a cycle. */
public class DraftAsksProposal {

    public String proposed(DraftReadingService proposal) {
        return proposal.title();
    }
}
