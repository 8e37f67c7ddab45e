package org.joinedup.pathway.people;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.joinedup.pathway.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For administrators: whether a person's sign-in is paused after failed attempts, and lifting the pause. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountLocks {

    private static final Logger log = LoggerFactory.getLogger(AccountLocks.class);

    private final SignInFailuresRepository failures;
    private final PersonRepository people;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AccountLocks(SignInFailuresRepository failures, PersonRepository people, AuditTrail auditTrail, Clock clock) {
        this.failures = failures;
        this.people = people;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** When the person can next try to sign in, or empty when sign-in is not paused. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long personId) {
        Instant now = clock.instant();
        return failures.findById(SignInLockout.accountKey(person(personId).email()))
                .flatMap(row -> row.lockedUntil(now));
    }

    /**
     * Lifts a pause, and forgets the failed attempts so the next pause starts short again.
     * Returns false, changing nothing, when sign-in was not paused.
     */
    @Transactional
    public boolean unlock(long personId) {
        Person person = person(personId);
        String key = SignInLockout.accountKey(person.email());
        Instant now = clock.instant();
        Optional<SignInFailures> row = failures.findForUpdate(key);
        if (row.flatMap(r -> r.lockedUntil(now)).isEmpty()) {
            return false;
        }
        failures.forget(key);
        auditTrail.record("account.unlocked", "person", personId, "Sign-in pause lifted by an administrator");
        log.info("Sign-in for person {} unlocked by an administrator", personId);
        return true;
    }

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId));
    }
}
