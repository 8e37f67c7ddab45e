package org.joinedup.portal.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.joinedup.identity.twofactor.CodeProblem;
import org.joinedup.identity.twofactor.SecondFactorPending;
import org.joinedup.identity.twofactor.SecondFactorRefusedException;
import org.joinedup.identity.twofactor.TwoStepSignIn;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.Assert;

/**
 * Takes the code posted by the second sign-in step and, when {@link TwoStepSignIn}
 * accepts it, replaces the half-way sign-in by the full one. Being an authentication
 * filter, it gets a new session id, the saved request and failure handling from Spring
 * Security exactly as the password step does.
 */
final class SecondFactorCodeFilter extends AbstractAuthenticationProcessingFilter {

    static final String CODE_PARAMETER = "code";
    /** Where freshly issued recovery codes wait, for one showing, after an authenticator was set up. */
    static final String RECOVERY_CODES = SecondFactorCodeFilter.class.getName() + ".recoveryCodes";

    private final TwoStepSignIn twoStep;

    SecondFactorCodeFilter(TwoStepSignIn twoStep) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TwoStepSignInConfigurer.CODE_PATH));
        this.twoStep = twoStep;
    }

    /** Codes are checked by {@link TwoStepSignIn}, which needs no authentication manager. */
    @Override
    public void afterPropertiesSet() {
        Assert.notNull(twoStep, "twoStep must be specified");
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        SecondFactorPending pending = SecondFactorPending.current()
                .orElseThrow(() -> new SecondFactorRefusedException(CodeProblem.SIGN_IN_AGAIN));
        TwoStepSignIn.Completion done = twoStep.complete(pending, request.getParameter(CODE_PARAMETER));
        if (!done.newRecoveryCodes().isEmpty()) {
            request.getSession().setAttribute(RECOVERY_CODES, List.copyOf(done.newRecoveryCodes()));
        }
        return done.authentication();
    }
}
