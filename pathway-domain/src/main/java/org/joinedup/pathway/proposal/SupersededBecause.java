package org.joinedup.pathway.proposal;

/**
 * Why a sign-off stopped standing. Superseded sign-offs are kept with their reason and
 * time, never deleted. The last group are lapses: the person can no longer speak for the
 * setting, so the setting waits for a representative again.
 */
public enum SupersededBecause {
    DECIDED_AGAIN(false),
    OBJECTION_WITHDRAWN(false),
    PROPOSAL_REVISED(false),
    LEFT_WORKSPACE(true),
    NO_LONGER_REPRESENTATIVE(true),
    REPRESENTS_ANOTHER_SETTING(true),
    /** They no longer work in the setting, and no administrator's exception lets them speak for it. */
    NOT_OWN_SETTING(true),
    ACCOUNT_DEACTIVATED(true),
    ACCOUNT_CLOSED(true);

    private final boolean lapse;

    SupersededBecause(boolean lapse) {
        this.lapse = lapse;
    }

    /** The representative, not the proposal or their own decision, changed. */
    public boolean lapse() {
        return lapse;
    }
}
