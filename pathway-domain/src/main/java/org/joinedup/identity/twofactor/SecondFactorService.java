package org.joinedup.identity.twofactor;

import java.util.List;

import org.joinedup.identity.people.AccountPausedException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PasswordConfirmation;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.SessionsEnded;
import org.joinedup.identity.people.SignInAttempts;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in for people who are signed in: their own status, setting up an
 * authenticator again, and, for patient partners only, turning it off. Administrators
 * can reset someone's second factor, who then sets it up again at their next sign-in.
 */
@Service
public class SecondFactorService {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorService.class);
    private static final String CODE_FIELD = "code";

    private final SecondFactorStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PasswordConfirmation passwordConfirmation;
    private final SignInAttempts attempts;

    SecondFactorService(SecondFactorStore store, AuditTrail audit, ApplicationEventPublisher events,
            PasswordConfirmation passwordConfirmation, SignInAttempts attempts) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.passwordConfirmation = passwordConfirmation;
        this.attempts = attempts;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SecondFactorStatus myStatus() {
        long id = CurrentPerson.id();
        var factor = store.find(id);
        return new SecondFactorStatus(factor.isPresent(), factor.map(SecondFactor::enrolledAt).orElse(null),
                store.recoveryCodesLeft(id), SecondFactorRule.holdsStaffRole(authentication()));
    }

    /** A fresh key to add to an authenticator app; nothing changes until {@link #setUpMine} confirms it. */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentKey newEnrolmentKey() {
        return EnrolmentKey.generate(me().getUsername());
    }

    /**
     * Makes {@code key} the person's authenticator once {@code code} shows their app has it,
     * replacing any earlier one. Returns ten new recovery codes, to be shown once. The
     * current password is asked for too, so a session left open on a shared computer cannot
     * swap in someone else's app. Wrong passwords and refused codes count towards pausing the
     * account, as at sign-in.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> setUpMine(EnrolmentKey key, String code, String currentPassword) {
        long id = CurrentPerson.id();
        passwordConfirmation.require(id, currentPassword);
        boolean again = store.isSetUp(id);
        SecondFactorStore.Enrolment enrolment = store.enrol(id, key.key(), code);
        if (enrolment.problem() != null) {
            log.info("Person {} gave a code that did not confirm a new authenticator ({})", id, enrolment.problem());
            throw refused(id, enrolment.problem());
        }
        attempts.codeAccepted(id);
        audit.record(again ? "second-factor.re-enrolled" : "second-factor.enrolled", "person", id,
                again ? "Replaced the authenticator app used for two-step sign-in"
                        : "Set up two-step sign-in with an authenticator app");
        log.info("Person {} set up an authenticator", id);
        return enrolment.recoveryCodes();
    }

    /**
     * Patient partners may turn two-step sign-in off, with a current code; staff keep it.
     * Refused codes count towards pausing the account, and while it is paused none is accepted.
     */
    @PreAuthorize("hasRole('PATIENT_PARTNER')")
    @Transactional
    public void turnOffMine(String code) {
        if (SecondFactorRule.holdsStaffRole(authentication())) {
            throw new AccessDeniedException("Staff accounts keep two-step sign-in");
        }
        long id = CurrentPerson.id();
        if (!store.isSetUp(id)) {
            throw new InvalidInputException(CODE_FIELD, "Two-step sign-in is already off");
        }
        attempts.pausedUntil(id).ifPresent(until -> {
            throw new AccountPausedException(CODE_FIELD, until);
        });
        SecondFactorStore.Verification verification = store.verify(id, code);
        if (!verification.accepted()) {
            log.info("Person {} gave a code that did not turn off two-step sign-in ({})", id, verification.problem());
            throw refused(id, verification.problem());
        }
        attempts.codeAccepted(id);
        store.remove(id);
        audit.record("second-factor.turned-off", "person", id, "Turned off two-step sign-in");
        log.info("Person {} turned off two-step sign-in", id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isSetUp(long personId) {
        return store.isSetUp(personId);
    }

    /**
     * Removes a person's authenticator and recovery codes, e.g. after a lost phone; staff
     * set up a new one at their next sign-in. Returns false when there was none to remove.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean reset(long personId) {
        if (!store.isSetUp(personId)) {
            return false;
        }
        store.remove(personId);
        audit.record("second-factor.reset", "person", personId,
                "Second factor reset by an administrator; set up again at the next sign-in");
        // Whoever holds a session opened with the lost authenticator is signed out too.
        events.publishEvent(new SessionsEnded(personId));
        log.info("Second factor of person {} reset by person {}", personId, CurrentPerson.id());
        return true;
    }

    /** Counts a refused code against the account (an empty one guessed nothing) and says why it was refused. */
    private InvalidInputException refused(long personId, CodeProblem problem) {
        if (problem == CodeProblem.MISSING) {
            return new InvalidInputException(CODE_FIELD, problem.message());
        }
        return attempts.codeRefused(personId)
                .<InvalidInputException>map(until -> new AccountPausedException(CODE_FIELD, until))
                .orElseGet(() -> new InvalidInputException(CODE_FIELD, problem.message()));
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** Only people with a password here set up an authenticator; a provider's sign-in has its own second step. */
    private static PortalUser me() {
        Authentication authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return user;
        }
        throw new AccessDeniedException("Two-step sign-in here is for accounts with a JoinedUp password");
    }
}
