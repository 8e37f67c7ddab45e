package org.joinedup.identity.people;

import java.time.Instant;

import org.joinedup.platform.validation.InvalidInputException;

/**
 * A confirmation with a password or a code refused because the account is paused after
 * repeated failures, whatever was typed. A kind of {@link InvalidInputException}, so a form
 * shows it at the field it concerns.
 */
public class AccountPausedException extends InvalidInputException {

    private final Instant until;

    public AccountPausedException(String field, Instant until) {
        super(field, "After several wrong attempts, your account is paused for your safety until "
                + AccountLockedException.shownTime(until) + ". Try again then, or ask an administrator to unlock it.");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
