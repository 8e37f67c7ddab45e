package org.joinedup.portal.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/** A sign-in through a provider that the portal turns away: what the person is told, and why, for the log. */
class OidcSignInRefused extends OAuth2AuthenticationException {

    private final SignInProblem problem;
    private final String registrationId;

    OidcSignInRefused(SignInProblem problem, String registrationId, String reason) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, reason, null), reason);
        this.problem = problem;
        this.registrationId = registrationId;
    }

    SignInProblem problem() {
        return problem;
    }

    /** The provider's registration, so the sign-in page can name it. */
    String registrationId() {
        return registrationId;
    }
}
