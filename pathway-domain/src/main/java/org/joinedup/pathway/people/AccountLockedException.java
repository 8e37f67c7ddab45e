package org.joinedup.pathway.people;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in for this e-mail address is paused after repeated failures, whatever password is
 * given, until {@link #until()}. Raised for unknown addresses too, so it reveals nothing.
 */
public class AccountLockedException extends LockedException {

    private final Instant until;

    public AccountLockedException(Instant until) {
        super("Sign-in is paused after repeated failures");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
