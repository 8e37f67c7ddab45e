package org.joinedup.identity.people;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.joinedup.platform.time.PortalTime;
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

    /** When a pause ends, as people are told it: London time, rounded up so that trying again then works. */
    public static String shownTime(Instant until) {
        Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
        return PortalTime.time(minute.equals(until) ? minute : minute.plus(Duration.ofMinutes(1)));
    }
}
