package org.joinedup.identity.people;

import java.time.Instant;

/**
 * The password was right, but refused authenticator or recovery codes have paused the
 * account until {@link #until()}. Only told after the right password, so it reveals nothing
 * to someone guessing passwords.
 */
public class CodesPausedException extends AccountLockedException {

    public CodesPausedException(Instant until) {
        super(until);
    }
}
