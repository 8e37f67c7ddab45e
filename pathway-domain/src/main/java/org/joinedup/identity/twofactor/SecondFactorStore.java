package org.joinedup.identity.twofactor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Keeps authenticators and recovery codes, and checks codes against them. Callers own the
 * transaction and the access check; nothing here logs a secret or a code.
 */
@Component
class SecondFactorStore {

    /** A code checked against an enrolled person: refused with a reason, or accepted. */
    record Verification(CodeProblem problem, boolean byRecoveryCode, long recoveryCodesLeft) {

        boolean accepted() {
            return problem == null;
        }
    }

    /** A new authenticator confirmed by its first code, with the recovery codes issued for it. */
    record Enrolment(CodeProblem problem, List<String> recoveryCodes) {
    }

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretBox box;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SecondFactorStore(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, SecretBox box,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.box = box;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    Optional<SecondFactor> find(long personId) {
        return factors.findById(personId);
    }

    boolean isSetUp(long personId) {
        return factors.existsById(personId);
    }

    long recoveryCodesLeft(long personId) {
        return recoveryCodes.countByPersonIdAndUsedAtIsNull(personId);
    }

    /**
     * Stores {@code key} as the person's authenticator if {@code code} is its current code,
     * replacing any earlier one and its recovery codes.
     */
    Enrolment enrol(long personId, byte[] key, String code) {
        AuthenticatorCodes.Check check = AuthenticatorCodes.check(key, code, clock.instant(), null);
        if (!check.accepted()) {
            return new Enrolment(check.problem(), List.of());
        }
        store(personId, key, check.step());
        recoveryCodes.deleteAllOf(personId);
        List<String> issued = RecoveryCodes.generate();
        issued.forEach(issuedCode -> recoveryCodes.save(
                new RecoveryCode(personId, passwordEncoder.encode(RecoveryCodes.normalise(issuedCode)))));
        return new Enrolment(null, issued);
    }

    /** For the demo accounts only: an authenticator with a published key and no recovery codes. */
    void enrolWithoutCheck(long personId, byte[] key) {
        store(personId, key, null);
    }

    /** Accepts the person's current authenticator code, or spends one of their recovery codes. */
    Verification verify(long personId, String typed) {
        Optional<SecondFactor> found = factors.findById(personId);
        if (found.isEmpty()) {
            return new Verification(CodeProblem.SIGN_IN_AGAIN, false, 0);
        }
        SecondFactor factor = found.get();
        AuthenticatorCodes.Check check = AuthenticatorCodes.check(box.open(factor.secretCiphertext()), typed,
                clock.instant(), factor.lastUsedStep());
        if (check.accepted()) {
            factor.used(check.step());
            return new Verification(null, false, recoveryCodesLeft(personId));
        }
        if (check.problem() == CodeProblem.WRONG && RecoveryCodes.looksLikeOne(typed)) {
            String normalised = RecoveryCodes.normalise(typed);
            List<RecoveryCode> unused = recoveryCodes.findByPersonIdAndUsedAtIsNull(personId);
            for (RecoveryCode candidate : unused) {
                if (passwordEncoder.matches(normalised, candidate.codeHash())) {
                    // Spent only if nobody spent it since it was read: of two requests racing with one code,
                    // the database lets exactly one change the row, and the other finds it used.
                    return recoveryCodes.spend(candidate.id(), clock.instant()) == 1
                            ? new Verification(null, true, unused.size() - 1L)
                            : new Verification(CodeProblem.WRONG, false, 0);
                }
            }
        }
        return new Verification(check.problem(), false, 0);
    }

    void remove(long personId) {
        recoveryCodes.deleteAllOf(personId);
        factors.findById(personId).ifPresent(factors::delete);
    }

    private void store(long personId, byte[] key, Long usedStep) {
        String sealed = box.seal(key);
        factors.findById(personId).ifPresentOrElse(
                existing -> existing.replace(sealed, clock.instant(), usedStep),
                () -> factors.save(new SecondFactor(personId, sealed, clock.instant(), usedStep)));
    }
}
