package org.joinedup.identity.people;

/** An identity provider's sign-in that the portal will not accept; the message says why, for the log. */
public class ExternalSignInRefusedException extends RuntimeException {

    public enum Reason {
        /** No usable issuer and subject, so the identity cannot be named. */
        NO_SUBJECT,
        /** No usable e-mail address, so the person cannot be matched or reached. */
        NO_EMAIL,
        /** The address belongs to an account here, but the provider has not confirmed it. */
        UNVERIFIED_EMAIL,
        /** The claims map to no role and the provider has no default role. */
        NO_ROLE,
        /** The claims make the person a clinician but name no care setting. */
        NO_CARE_SETTING,
        /**
         * The address belongs to an account here that has not connected this identity: its
         * owner signs in as usual and connects the provider from their profile.
         */
        ACCOUNT_EXISTS,
        /** The account holds a role the provider may not sign in, or the claims would give one. */
        ROLE_NOT_ALLOWED
    }

    private final Reason reason;

    public ExternalSignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
