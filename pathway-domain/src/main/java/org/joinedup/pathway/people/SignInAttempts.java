package org.joinedup.pathway.people;

import org.springframework.stereotype.Component;

/**
 * Lets the sign-in machinery outside this package count a refused second-step code like a
 * refused password, so someone who has the password still cannot try codes without limit.
 * Not a service: it is called by the sign-in filters, never by a view.
 */
@Component
public class SignInAttempts {

    private final SignInLockout lockout;

    SignInAttempts(SignInLockout lockout) {
        this.lockout = lockout;
    }

    /** Counts a refused authenticator or recovery code against the account's e-mail address. */
    public void codeRefused(String email) {
        lockout.recordFailure(email);
    }
}
