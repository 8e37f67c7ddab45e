package org.joinedup.pathway.boundaryfixture.internal;

import org.joinedup.pathway.boundaryfixture.proposal.DraftReadingService;

/** A deliberate breach: the rooms' shared rows calling one room's service, which sits above them. */
public class RowsAskAService {

    public String title(DraftReadingService proposals) {
        return proposals.title();
    }
}
