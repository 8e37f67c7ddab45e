package org.joinedup.identity.people;

/** What became of a single-use link e-mailed to someone (to confirm their address, or to reset a password). */
public enum LinkState {
    /** It can still be used. */
    VALID,
    /** It has been used, or a later link or a new password replaced it. */
    USED,
    /** Its time ran out before it was used. */
    EXPIRED,
    /** No such link was ever sent, or it was mistyped. */
    UNKNOWN
}
