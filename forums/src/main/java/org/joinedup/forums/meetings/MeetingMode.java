package org.joinedup.forums.meetings;

/** Where a meeting takes place. */
public enum MeetingMode {
    IN_PERSON("In person"),
    ONLINE("Online");

    private final String label;

    MeetingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
