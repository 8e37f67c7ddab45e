package org.joinedup.identity.people;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets other features count refused authenticator and recovery codes against the account
 * and ask whether it is paused, so someone who has the password (or an open session)
 * cannot try codes without limit. Not a service: the sign-in's second step and the
 * services that ask for a code call it for the person concerned, never a view.
 */
@Component
public class SignInAttempts {

    private final SignInLockout lockout;
    private final PersonRepository people;

    SignInAttempts(SignInLockout lockout, PersonRepository people) {
        this.lockout = lockout;
        this.people = people;
    }

    /** When the account can be used again, if wrong passwords or refused codes have paused it. */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(long personId) {
        return lockout.pausedUntil(people.findById(personId)
                .orElseThrow(() -> new NoSuchElementException("No person " + personId)));
    }

    /**
     * Counts a refused code, in a transaction of its own so it stays counted when the
     * caller's rolls back. Returns the end of the pause it started (or one already under way).
     */
    public Optional<Instant> codeRefused(long personId) {
        return lockout.recordCodeFailure(personId);
    }

    /** An accepted code starts the count again. */
    public void codeAccepted(long personId) {
        lockout.recordCodeSuccess(personId);
    }
}
