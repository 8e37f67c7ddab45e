package org.joinedup.forums.threads;

/** The kinds of forum, and so who may read and write in one. */
public enum ForumKind {
    /** A pathway workspace's own forum: whoever may read the workspace's draft. */
    WORKSPACE("Workspace forum"),
    /** Patient partners and clinicians. */
    PATIENT_VOICE("Patient voice"),
    /** Clinicians only: problems at the primary, secondary and community care interface. */
    INTERFACE_ISSUES("Interface issues");

    private final String label;

    ForumKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
