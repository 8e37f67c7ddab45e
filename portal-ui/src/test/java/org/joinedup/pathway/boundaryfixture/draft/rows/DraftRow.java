package org.joinedup.pathway.boundaryfixture.draft.rows;

/** Stands for rows hidden inside a pathway room, below its root. */
public class DraftRow {

    public String title() {
        return "Annual kidney check";
    }
}
