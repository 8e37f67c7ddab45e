package org.joinedup.identity.people;

/** Where an account stands. Only ACTIVE accounts can sign in. */
public enum AccountStatus {
    /** Registered and waiting for a moderator or administrator to approve it. */
    PENDING_APPROVAL("Waiting for approval"),
    ACTIVE("Active"),
    DEACTIVATED("Deactivated"),
    /** Closed by its owner: personal fields erased, contributions kept as "former member". */
    CLOSED("Closed");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
