package org.joinedup.forums.meetings;

/** The body an attendee spoke for at a meeting, if any. */
public enum RepresentativeBody {
    LMC("Local medical committee (GPs)"),
    LNC("Local negotiating committee (hospital doctors)"),
    COMMUNITY_PROVIDER("Community care provider"),
    PATIENT_GROUP("Patient group"),
    NONE("Spoke for themselves");

    private final String label;

    RepresentativeBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
