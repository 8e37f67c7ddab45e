package org.joinedup.pathway.workspace;

/** What a member may do in one workspace. */
public enum WorkspaceRole {
    /** Manages membership, opens proposals and publishes; also edits. */
    CONVENOR("Convenor"),
    EDITOR("Editor"),
    /** Signs off for one care setting (for example the LMC nominee for primary care); also edits. */
    SETTING_REPRESENTATIVE("Setting representative"),
    /** Leads the pathway clinically; a convenor names them. Agrees urgent notices on the workspace's behalf; also edits. */
    CLINICAL_LEAD("Clinical lead"),
    /** Reads the draft and comments. */
    OBSERVER("Observer"),
    /** Reads the patient-facing view; takes part through the workspace's forum threads. */
    PATIENT_PARTNER("Patient partner");

    private final String label;

    WorkspaceRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean edits() {
        return this == CONVENOR || this == EDITOR || this == SETTING_REPRESENTATIVE || this == CLINICAL_LEAD;
    }

    public boolean readsDraft() {
        return this != PATIENT_PARTNER;
    }
}
