package org.joinedup.identity.twofactor;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.AuthenticationException;

/** The code given at the second step of sign-in was not accepted; says why, never what was typed. */
public class SecondFactorRefusedException extends AuthenticationException {

    private final CodeProblem problem;
    private final Instant pausedUntil;

    public SecondFactorRefusedException(CodeProblem problem) {
        super("Second factor refused: " + problem);
        this.problem = problem;
        this.pausedUntil = null;
    }

    /** The account is paused after repeated failures, until the given time. */
    public SecondFactorRefusedException(Instant pausedUntil) {
        super("Second factor refused: the account is paused");
        this.problem = CodeProblem.PAUSED;
        this.pausedUntil = pausedUntil;
    }

    public CodeProblem problem() {
        return problem;
    }

    /** When the pause ends, for {@link CodeProblem#PAUSED}. */
    public Optional<Instant> pausedUntil() {
        return Optional.ofNullable(pausedUntil);
    }
}
