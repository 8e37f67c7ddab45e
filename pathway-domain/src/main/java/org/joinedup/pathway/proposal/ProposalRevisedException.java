package org.joinedup.pathway.proposal;

import org.joinedup.identity.people.ConcurrentChangeException;

/**
 * A decision named a revision of the proposal that is no longer its current one: the
 * convenor revised it after the page showed it. Nothing was recorded; the person reads
 * the current revision and decides again.
 */
public class ProposalRevisedException extends ConcurrentChangeException {

    private final int currentRevision;

    public ProposalRevisedException(int number, int shownRevision, int currentRevision) {
        super("Proposal " + number + " was revised while you were reading it: you saw revision " + shownRevision
                + ", and it is now at revision " + currentRevision + ". Nothing was recorded. Read the new revision, "
                + "then decide again.");
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
