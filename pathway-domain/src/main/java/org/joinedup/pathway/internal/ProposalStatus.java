package org.joinedup.pathway.internal;

/** Where a change proposal stands. Only an open proposal can be signed off, revised or published. */
public enum ProposalStatus {
    OPEN("Waiting for sign-off"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
