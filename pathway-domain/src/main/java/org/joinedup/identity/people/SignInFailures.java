package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins for one e-mail address, whether or not an account has it, so that a
 * pause tells nobody whether the address is registered. The address is kept only as a
 * digest ({@link SignInLockout#accountKey}).
 */
@Entity
@Table(name = "sign_in_failures")
class SignInFailures {

    static final int KEY_LENGTH = 64;

    @Id
    @Column(name = "account_key", length = KEY_LENGTH)
    private String accountKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Pauses in a row: each lasts longer than the one before, until a successful sign-in. */
    @Column(nullable = false)
    private int locks;

    protected SignInFailures() {
    }

    Optional<Instant> lockedUntil(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * Counts one failed attempt. Returns when sign-in is paused until, if this attempt
     * reached the limit (or a pause began while this attempt was being checked).
     */
    Optional<Instant> fail(Instant now, SignInLimits limits) {
        Optional<Instant> current = lockedUntil(now);
        if (current.isPresent()) {
            return current;
        }
        if (failures == 0 || !now.isBefore(windowStartedAt.plus(limits.failureWindow()))) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        lastFailureAt = now;
        if (failures < limits.maxFailures()) {
            return Optional.empty();
        }
        lockedUntil = now.plus(limits.lockDurationAfter(locks));
        locks++;
        failures = 0;
        return Optional.of(lockedUntil);
    }
}
