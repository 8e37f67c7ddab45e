package org.joinedup.identity.people;

/** The kinds of organisation that take part in an integrated care system. */
public enum OrganisationKind {
    GP_PRACTICE("GP practice"),
    PRIMARY_CARE_NETWORK("Primary care network"),
    ACUTE_TRUST("Acute trust"),
    COMMUNITY_PROVIDER("Community provider"),
    MENTAL_HEALTH_TRUST("Mental health trust"),
    LOCAL_AUTHORITY("Local authority"),
    ICB_PLACE("ICB / Place"),
    LMC("Local medical committee"),
    LNC("Local negotiating committee"),
    PATIENT_GROUP("Patient group");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
