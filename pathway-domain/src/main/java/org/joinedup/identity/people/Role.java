package org.joinedup.identity.people;

/** What a person may do in the portal. A person holds one or more. */
public enum Role {
    CLINICIAN("Clinician", true),
    PATIENT_PARTNER("Patient partner", false),
    QI_LEAD("QI lead", true),
    ROUND_FACILITATOR("Round facilitator", true),
    MODERATOR("Moderator", true),
    ADMIN("Administrator", true);

    /** Prefix Spring Security expects in front of a role's name. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private final String label;
    private final boolean staff;

    Role(String label, boolean staff) {
        this.label = label;
        this.staff = staff;
    }

    public String label() {
        return label;
    }

    /** Staff roles belong to people who work in care; patient partners are not staff. */
    public boolean isStaff() {
        return staff;
    }

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
