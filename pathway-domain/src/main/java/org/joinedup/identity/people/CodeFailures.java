package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Refused authenticator and recovery codes of one person since their last accepted code.
 * Unlike failed passwords ({@link SignInFailures}) they are never forgotten with time or
 * forgiven by a right password: someone who has the password still gets only a few guesses
 * at the code before the account pauses.
 */
@Entity
@Table(name = "code_failures")
class CodeFailures {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Pauses in a row: each lasts longer than the one before, until a code is accepted. */
    @Column(nullable = false)
    private int locks;

    protected CodeFailures() {
    }

    Optional<Instant> lockedUntil(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * Counts one refused code. Returns when the account is paused until, if this code
     * reached the limit (or a pause began while it was being checked).
     */
    Optional<Instant> fail(Instant now, SignInLimits limits) {
        Optional<Instant> current = lockedUntil(now);
        if (current.isPresent()) {
            return current;
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
