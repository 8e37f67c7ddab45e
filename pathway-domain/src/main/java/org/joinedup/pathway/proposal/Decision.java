package org.joinedup.pathway.proposal;

/** A care setting's answer to a change proposal. */
public enum Decision {
    AGREED("Agreed"),
    OBJECTED("Objected");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
