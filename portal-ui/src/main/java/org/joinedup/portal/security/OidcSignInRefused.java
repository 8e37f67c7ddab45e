package org.joinedup.portal.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/** A sign-in through a provider that the portal turns away: what the person is told, and why, for the log. */
class OidcSignInRefused extends OAuth2AuthenticationException {

    private final SignInProblem problem;

    OidcSignInRefused(SignInProblem problem, String reason) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, reason, null), reason);
        this.problem = problem;
    }

    SignInProblem problem() {
        return problem;
    }
}
