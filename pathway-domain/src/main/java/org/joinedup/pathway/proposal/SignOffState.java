package org.joinedup.pathway.proposal;

/** Where one affected setting stands on an open proposal. */
public enum SignOffState {
    WAITING("Waiting"),
    AGREED("Agreed"),
    OBJECTED("Objected");

    private final String label;

    SignOffState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
