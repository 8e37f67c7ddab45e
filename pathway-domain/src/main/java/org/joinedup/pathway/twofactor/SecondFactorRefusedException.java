package org.joinedup.pathway.twofactor;

import org.springframework.security.core.AuthenticationException;

/** The code given at the second step of sign-in was not accepted; says why, never what was typed. */
public class SecondFactorRefusedException extends AuthenticationException {

    private final CodeProblem problem;

    public SecondFactorRefusedException(CodeProblem problem) {
        super("Second factor refused: " + problem);
        this.problem = problem;
    }

    public CodeProblem problem() {
        return problem;
    }
}
