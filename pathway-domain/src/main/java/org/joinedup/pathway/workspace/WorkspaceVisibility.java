package org.joinedup.pathway.workspace;

/** Who may read a workspace besides its members. */
public enum WorkspaceVisibility {
    MEMBERS_ONLY("Members only"),
    /**
     * Everyone signed in with the clinician role may read the draft and comment; only members
     * edit or sign off. Other staff roles (moderators, round facilitators) count only if they
     * also hold the clinician role.
     */
    ALL_CLINICIANS("Open to every signed-in clinician");

    private final String label;

    WorkspaceVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
