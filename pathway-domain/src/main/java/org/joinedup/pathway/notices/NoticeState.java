package org.joinedup.pathway.notices;

/** Where an urgent notice stands, as people read it. */
public enum NoticeState {
    WAITING("Waiting for agreement"),
    LIVE("Published"),
    EXPIRED("Expired"),
    WITHDRAWN("Withdrawn"),
    COVERED("Covered by a later version");

    private final String label;

    NoticeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
