package org.joinedup.portal.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The return from a provider that a signed-in person went to in order to connect it: it
 * signs nobody in, so the sign-in ends here as refused, which leaves the person's own
 * session as it was, and they are sent to confirm (or told why not). The message is for the log.
 */
class ProviderLinkStep extends OAuth2AuthenticationException {

    ProviderLinkStep(String reason) {
        super(new OAuth2Error("provider_link", reason, null), reason);
    }
}
