package org.joinedup.pathway.boundaryfixture.proposal;

import org.joinedup.pathway.boundaryfixture.draft.rows.DraftRow;

/** A deliberate breach: a service of the proposal room reading the draft room's rows below its root. */
public class DraftReadingService {

    public String title() {
        return new DraftRow().title();
    }
}
