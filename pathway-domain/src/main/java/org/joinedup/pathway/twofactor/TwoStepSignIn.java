package org.joinedup.pathway.twofactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joinedup.pathway.audit.AuditTrail;
import org.joinedup.pathway.people.AccountStatus;
import org.joinedup.pathway.people.InactiveAccountException;
import org.joinedup.pathway.people.PortalUser;
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
 * a correct password creates.
 */
@Component
public class TwoStepSignIn {

    private static final Logger log = LoggerFactory.getLogger(TwoStepSignIn.class);
    /** Wrong codes allowed in one sign-in before it has to start again from the password. */
    static final int MAX_WRONG_CODES = 5;

    /** A finished sign-in, and the recovery codes to show once if an authenticator was just set up. */
    public record Completion(Authentication authentication, List<String> newRecoveryCodes) {
    }

    private final SecondFactorStore store;
    private final UserDetailsService users;
    private final AuditTrail audit;
    private final Clock clock;

    TwoStepSignIn(SecondFactorStore store, UserDetailsService users, AuditTrail audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * After a correct password: the half-way sign-in for someone who must show a second
     * factor (staff, and patient partners who set one up), or empty for someone who is now
     * fully signed in.
     */
    @Transactional(readOnly = true)
    public Optional<SecondFactorPending> afterPassword(Authentication passwordSignIn) {
        Optional<FactorGrantedAuthority> passwordFactor = passwordSignIn.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(FactorGrantedAuthority.class::cast)
                .filter(factor -> factor.getAuthority().equals(FactorGrantedAuthority.PASSWORD_AUTHORITY))
                .findFirst();
        if (!(passwordSignIn.getPrincipal() instanceof PortalUser user) || passwordFactor.isEmpty()) {
            return Optional.empty();
        }
        boolean setUp = store.isSetUp(user.personId());
        if (!setUp && !SecondFactorRule.holdsStaffRole(passwordSignIn)) {
            return Optional.empty();
        }
        EnrolmentKey key = setUp ? null : EnrolmentKey.generate(user.getUsername());
        return Optional.of(new SecondFactorPending(user, passwordFactor.get(), key));
    }

    /**
     * Checks the code of the second step and returns the full sign-in: the person's roles,
     * the password factor and the authenticator factor. Someone setting up confirms their
     * new authenticator with its first code and receives their recovery codes.
     *
     * @throws SecondFactorRefusedException for a wrong, expired or used code, and when the
     *         sign-in has to start again
     * @throws InactiveAccountException when the account was deactivated meanwhile
     */
    @Transactional(noRollbackFor = SecondFactorRefusedException.class)
    public Completion complete(SecondFactorPending pending, String code) {
        long personId = pending.user().personId();
        PortalUser user = currentAccount(pending);
        List<String> recoveryCodes = List.of();
        Optional<EnrolmentKey> key = pending.enrolmentKey();
        if (key.isPresent()) {
            SecondFactorStore.Enrolment enrolment = store.enrol(personId, key.get().key(), code);
            if (enrolment.problem() != null) {
                throw refused(pending, enrolment.problem());
            }
            audit.record("second-factor.enrolled", "person", personId, "Set up two-step sign-in with an authenticator app");
            recoveryCodes = enrolment.recoveryCodes();
        } else {
            SecondFactorStore.Verification verification = store.verify(personId, code);
            if (!verification.accepted()) {
                throw refused(pending, verification.problem());
            }
            if (verification.byRecoveryCode()) {
                audit.record("second-factor.recovery-code-used", "person", personId,
                        "Signed in with a recovery code; " + verification.recoveryCodesLeft() + " left");
            }
        }
        log.info("Person {} completed two-step sign-in", personId);
        return new Completion(fullSignIn(user, pending), recoveryCodes);
    }

    private PortalUser currentAccount(SecondFactorPending pending) {
        UserDetails loaded;
        try {
            loaded = users.loadUserByUsername(pending.user().getUsername());
        } catch (UsernameNotFoundException e) {
            throw new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN);
        }
        if (!(loaded instanceof PortalUser user) || user.personId() != pending.user().personId()) {
            throw new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN);
        }
        if (user.status() != AccountStatus.ACTIVE) {
            throw new InactiveAccountException(user.status());
        }
        user.eraseCredentials();
        return user;
    }

    private SecondFactorRefusedException refused(SecondFactorPending pending, CodeProblem problem) {
        if (problem == CodeProblem.MISSING || problem == CodeProblem.SIGN_IN_AGAIN) {
            return new SecondFactorRefusedException(problem);
        }
        int wrong = pending.countWrongCode();
        log.info("Person {} gave a code that was refused ({}), {} of {} allowed", pending.user().personId(), problem,
                wrong, MAX_WRONG_CODES);
        return new SecondFactorRefusedException(wrong >= MAX_WRONG_CODES ? CodeProblem.SIGN_IN_AGAIN : problem);
    }

    private Authentication fullSignIn(PortalUser user, SecondFactorPending pending) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(pending.passwordFactor());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorRule.AUTHORITY).issuedAt(clock.instant()).build());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
