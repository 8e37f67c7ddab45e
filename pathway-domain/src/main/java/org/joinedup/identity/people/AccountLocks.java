package org.joinedup.identity.people;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: whether a person's account is paused after wrong passwords or
 * refused codes, and lifting the pause.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountLocks {

    private static final Logger log = LoggerFactory.getLogger(AccountLocks.class);

    private final SignInLockout lockout;
    private final PersonRepository people;
    private final AuditTrail auditTrail;

    AccountLocks(SignInLockout lockout, PersonRepository people, AuditTrail auditTrail) {
        this.lockout = lockout;
        this.people = people;
        this.auditTrail = auditTrail;
    }

    /** When the person can next try to sign in, or empty when sign-in is not paused. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long personId) {
        return lockout.pausedUntil(person(personId));
    }

    /**
     * Lifts a pause, whether wrong passwords or refused codes caused it, and forgets the
     * failed attempts so the next pause starts short again. Returns false, changing nothing,
     * when sign-in was not paused.
     */
    @Transactional
    public boolean unlock(long personId) {
        if (!lockout.lift(person(personId))) {
            return false;
        }
        auditTrail.record("account.unlocked", "person", personId, "Sign-in pause lifted by an administrator");
        log.info("Sign-in for person {} unlocked by an administrator", personId);
        return true;
    }

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId));
    }
}
