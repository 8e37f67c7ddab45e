package org.joinedup.identity.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per e-mail address in the database, so every node sees the same
 * count and a pause survives a restart. Unknown addresses are counted and paused exactly
 * like registered ones: a pause must not tell anyone that an account exists.
 * <p>
 * Refused authenticator and recovery codes are counted apart, per person
 * ({@link CodeFailures}), and pause the account in the same way; a right password does not
 * forgive them. Failures are counted in a transaction of their own, so they stay counted
 * when the caller's transaction rolls back on the refusal. Callers count before writing
 * anything that takes the audit trail's lock.
 */
@Component
class SignInLockout {

    private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);
    /** Counts for addresses without a failure for this long, and not paused, are dropped. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

    private final SignInFailuresRepository failures;
    private final CodeFailuresRepository codeFailures;
    private final PersonRepository people;
    private final AuditTrail auditTrail;
    private final SignInLimits limits;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AtomicReference<Instant> lastForgotten = new AtomicReference<>();

    SignInLockout(SignInFailuresRepository failures, CodeFailuresRepository codeFailures, PersonRepository people,
            AuditTrail auditTrail, SignInLimits limits, Clock clock, PlatformTransactionManager transactionManager) {
        this.failures = failures;
        this.codeFailures = codeFailures;
        this.people = people;
        this.auditTrail = auditTrail;
        this.limits = limits;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return failures.findById(accountKey(username)).flatMap(row -> row.lockedUntil(now));
    }

    /** Counts a failed attempt; returns the end of the pause it started, if it started one. */
    Optional<Instant> recordFailure(String username) {
        forgetQuietAddresses();
        return inTransactionOfItsOwn(() -> count(username));
    }

    /** When the person's account is paused after refused codes, if it is. */
    @Transactional(readOnly = true)
    Optional<Instant> codesPausedUntil(long personId) {
        Instant now = clock.instant();
        return codeFailures.findById(personId).flatMap(row -> row.lockedUntil(now));
    }

    /** Counts a refused authenticator or recovery code; returns the pause it started, or the one under way. */
    Optional<Instant> recordCodeFailure(long personId) {
        return inTransactionOfItsOwn(() -> countCode(personId));
    }

    /** An accepted code ends the count of refused ones and the growth of their pauses. */
    @Transactional
    void recordCodeSuccess(long personId) {
        codeFailures.forget(personId);
    }

    /** When the person can next sign in or confirm anything, whether wrong passwords or refused codes paused them. */
    @Transactional(readOnly = true)
    Optional<Instant> pausedUntil(Person person) {
        return Stream.of(lockedUntil(person.email()), codesPausedUntil(person.id()))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * Lifts any pause of the person's account and forgets both counts, so the next pause
     * starts short again. Returns false, changing nothing, when the account was not paused.
     */
    @Transactional
    boolean lift(Person person) {
        String key = accountKey(person.email());
        Instant now = clock.instant();
        boolean passwordsPaused = failures.findForUpdate(key).flatMap(row -> row.lockedUntil(now)).isPresent();
        boolean codesPaused = codeFailures.findForUpdate(person.id()).flatMap(row -> row.lockedUntil(now)).isPresent();
        if (!passwordsPaused && !codesPaused) {
            return false;
        }
        failures.forget(key);
        codeFailures.forget(person.id());
        return true;
    }

    /**
     * Tried twice: two nodes counting at once may meet in a deadlock, which MariaDB ends by
     * rolling one back.
     */
    private Optional<Instant> inTransactionOfItsOwn(Supplier<Optional<Instant>> count) {
        try {
            return transactions.execute(status -> count.get());
        } catch (TransientDataAccessException e) {
            log.info("Counting a failure met a concurrent one; counting it again");
            return transactions.execute(status -> count.get());
        }
    }

    private Optional<Instant> count(String username) {
        Instant now = clock.instant();
        String key = accountKey(username);
        failures.createIfMissing(key, now);
        SignInFailures row = failures.findForUpdate(key).orElseThrow();
        boolean wasLocked = row.lockedUntil(now).isPresent();
        Optional<Instant> lockedUntil = row.fail(now, limits);
        if (lockedUntil.isPresent() && !wasLocked) {
            recordLock(PortalUserDetailsService.normalise(username), lockedUntil.get());
        }
        return lockedUntil;
    }

    private Optional<Instant> countCode(long personId) {
        Instant now = clock.instant();
        codeFailures.createIfMissing(personId, now);
        CodeFailures row = codeFailures.findForUpdate(personId).orElseThrow();
        boolean wasLocked = row.lockedUntil(now).isPresent();
        Optional<Instant> lockedUntil = row.fail(now, limits);
        if (lockedUntil.isPresent() && !wasLocked) {
            log.info("Person {} is paused until {} after {} refused codes", personId, lockedUntil.get(),
                    limits.maxFailures());
            auditTrail.record("account.locked", "person", personId, "Sign-in paused until "
                    + PortalTime.dateTime(lockedUntil.get()) + " after " + limits.maxFailures() + " refused codes");
        }
        return lockedUntil;
    }

    /**
     * Drops old counts at most once a minute per node, in a transaction of its own so its
     * range lock is held only for a moment; it is housekeeping, so a failure is only logged.
     */
    private void forgetQuietAddresses() {
        Instant now = clock.instant();
        Instant last = lastForgotten.get();
        if ((last != null && now.isBefore(last.plus(FORGET_EVERY))) || !lastForgotten.compareAndSet(last, now)) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> failures.forgetQuietSince(now.minus(FORGET_AFTER), now));
        } catch (DataAccessException e) {
            log.warn("Could not drop old failed sign-in counts; trying again later", e);
        }
    }

    /** A right password ends the count and the growth of pauses. */
    @Transactional
    void recordSuccess(String username) {
        failures.forget(accountKey(username));
    }

    /** A digest of the address as typed at sign-in, so addresses without an account are not kept in clear. */
    static String accountKey(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(PortalUserDetailsService.normalise(username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private void recordLock(String email, Instant until) {
        people.findByEmail(email).ifPresentOrElse(person -> {
            log.info("Sign-in for person {} is paused until {} after {} failed attempts", person.id(), until,
                    limits.maxFailures());
            auditTrail.record("account.locked", "person", person.id(), "Sign-in paused until "
                    + PortalTime.dateTime(until) + " after " + limits.maxFailures() + " failed attempts");
        }, () -> log.info("Sign-in for an address with no account is paused until {}", until));
    }
}
