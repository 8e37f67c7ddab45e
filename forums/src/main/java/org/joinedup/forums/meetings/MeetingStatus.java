package org.joinedup.forums.meetings;

/** Whether a meeting still takes place. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
