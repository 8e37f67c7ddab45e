package org.joinedup.identity.people;

/** The part of the system a clinician works in. */
public enum CareSetting {
    PRIMARY("Primary care"),
    SECONDARY("Secondary care"),
    COMMUNITY("Community care"),
    MENTAL_HEALTH("Mental health"),
    SOCIAL_CARE("Social care"),
    PUBLIC_HEALTH("Public health");

    private final String label;

    CareSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
