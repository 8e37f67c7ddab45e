package org.joinedup.identity.twofactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.ActiveAccounts;
import org.joinedup.identity.people.InactiveAccountException;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.SignInAttempts;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in's second step, used by the sign-in filters in the way a
 * {@code UserDetailsService} is: it runs before the person is fully signed in, so it is
 * not a method-secured service. It only acts on a {@link SecondFactorPending}, which only
 * a right password or a provider's sign-in creates. Every refused code is counted against
 * the account, whichever sign-in it came in ({@link SignInAttempts}).
 */
@Component
public class TwoStepSignIn {

    private static final Logger log = LoggerFactory.getLogger(TwoStepSignIn.class);

    /** A finished sign-in, and the recovery codes to show once if an authenticator was just set up. */
    public record Completion(Authentication authentication, List<String> newRecoveryCodes) {
    }

    private final SecondFactorStore store;
    private final UserDetailsService users;
    private final ActiveAccounts activeAccounts;
    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final Clock clock;

    TwoStepSignIn(SecondFactorStore store, UserDetailsService users, ActiveAccounts activeAccounts,
            SignInAttempts attempts, AuditTrail audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.activeAccounts = activeAccounts;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * After the first step (a right password, or a provider's sign-in): the half-way
     * sign-in for someone who must show a second factor (staff, and patient partners who set
     * one up), or empty for someone who is now fully signed in.
     */
    @Transactional(readOnly = true)
    public Optional<SecondFactorPending> afterFirstStep(Authentication firstStep) {
        Optional<FactorGrantedAuthority> firstFactor = firstStep.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(FactorGrantedAuthority.class::cast)
                .filter(factor -> SecondFactorRule.FIRST_FACTORS.contains(factor.getAuthority()))
                .findFirst();
        boolean providerCheckedFactors = firstStep.getAuthorities().stream()
                .anyMatch(authority -> SecondFactorRule.PROVIDER_MFA.equals(authority.getAuthority()));
        if (!(firstStep.getPrincipal() instanceof SignedInPerson person) || firstFactor.isEmpty()
                || providerCheckedFactors) {
            return Optional.empty();
        }
        boolean setUp = store.isSetUp(person.personId());
        if (!setUp && !SecondFactorRule.holdsStaffRole(firstStep)) {
            return Optional.empty();
        }
        // Both kinds of sign-in name the account by its e-mail address here.
        EnrolmentKey key = setUp ? null : EnrolmentKey.generate(firstStep.getName());
        return Optional.of(new SecondFactorPending(firstStep, person.personId(), firstFactor.get(), key));
    }

    /**
     * Checks the code of the second step and returns the full sign-in: the first step's
     * sign-in with the person's roles and the authenticator factor added. Someone setting up
     * confirms their new authenticator with its first code and receives their recovery codes.
     *
     * @throws SecondFactorRefusedException for a wrong, expired or used code, when refused
     *         codes have paused the account, and when the sign-in has to start again
     * @throws InactiveAccountException when the account was deactivated meanwhile
     */
    @Transactional(noRollbackFor = SecondFactorRefusedException.class)
    public Completion complete(SecondFactorPending pending, String code) {
        long personId = pending.personId();
        Authentication account = currentAccount(pending);
        attempts.pausedUntil(personId).ifPresent(until -> {
            throw new SecondFactorRefusedException(until);
        });
        List<String> recoveryCodes = List.of();
        Optional<EnrolmentKey> key = pending.enrolmentKey();
        if (key.isPresent()) {
            SecondFactorStore.Enrolment enrolment = store.enrol(personId, key.get().key(), code);
            if (enrolment.problem() != null) {
                throw refused(personId, enrolment.problem());
            }
            audit.record("second-factor.enrolled", "person", personId, "Set up two-step sign-in with an authenticator app");
            recoveryCodes = enrolment.recoveryCodes();
        } else {
            SecondFactorStore.Verification verification = store.verify(personId, code);
            if (!verification.accepted()) {
                throw refused(personId, verification.problem());
            }
            if (verification.byRecoveryCode()) {
                audit.record("second-factor.recovery-code-used", "person", personId,
                        "Signed in with a recovery code; " + verification.recoveryCodesLeft() + " left");
            }
        }
        attempts.codeAccepted(personId);
        log.info("Person {} completed two-step sign-in", personId);
        FactorGrantedAuthority authenticator = FactorGrantedAuthority.withAuthority(SecondFactorRule.AUTHORITY)
                .issuedAt(clock.instant()).build();
        return new Completion(account.toBuilder().authorities(authorities -> authorities.add(authenticator)).build(),
                recoveryCodes);
    }

    /**
     * The account as it stands now, deactivation included: for a password sign-in, the
     * person's current roles with the password factor; for a provider's, its own sign-in.
     */
    private Authentication currentAccount(SecondFactorPending pending) {
        if (!(pending.firstStep().getPrincipal() instanceof PortalUser first)) {
            if (!activeAccounts.isActive(pending.personId())) {
                throw new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN);
            }
            return pending.firstStep();
        }
        UserDetails loaded;
        try {
            loaded = users.loadUserByUsername(first.getUsername());
        } catch (UsernameNotFoundException e) {
            throw new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN);
        }
        if (!(loaded instanceof PortalUser user) || user.personId() != pending.personId()) {
            throw new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN);
        }
        if (user.status() != AccountStatus.ACTIVE) {
            throw new InactiveAccountException(user.status());
        }
        user.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(pending.firstFactor());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Counts a refused code against the account; an empty one guessed nothing and is not counted. */
    private SecondFactorRefusedException refused(long personId, CodeProblem problem) {
        if (problem == CodeProblem.MISSING || problem == CodeProblem.SIGN_IN_AGAIN) {
            return new SecondFactorRefusedException(problem);
        }
        log.info("Person {} gave a code that was refused ({})", personId, problem);
        return attempts.codeRefused(personId).map(SecondFactorRefusedException::new)
                .orElseGet(() -> new SecondFactorRefusedException(problem));
    }
}
