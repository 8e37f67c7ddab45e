package org.joinedup.portal.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.joinedup.identity.people.AccountLockedException;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.CodesPausedException;
import org.joinedup.identity.people.InactiveAccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with the reason the person may be told,
 * and counts it against the address it came from.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final SignInAddressThrottle throttle;

    SignInFailureHandler(SignInAddressThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof ProviderLinkStep step) {
            log.info("Connecting a provider: {}", step.getMessage());
            redirect.sendRedirect(request, response, ProviderLinkFilter.CONFIRM_PATH);
            return;
        }
        WrappedSession session = request.getSession(false) == null ? null
                : new WrappedHttpSession(request.getSession(false));
        if (failure instanceof OAuth2AuthenticationException provider && session != null
                && ProviderLinks.takeIntent(session).isPresent()) {
            // A signed-in person went to connect a provider, which sent them back without an identity.
            log.info("Connecting a provider stopped at the provider: {}", provider.getMessage());
            ProviderLinks.refuse(session, "The provider did not confirm your account there, so nothing was connected.");
            redirect.sendRedirect(request, response, ProviderLinkFilter.CONFIRM_PATH);
            return;
        }
        SignInProblem problem = problemFor(failure);
        log.info("Sign-in failed from {}: {}", request.getRemoteAddr(), problem);
        if (failure instanceof OAuth2AuthenticationException provider && problem == SignInProblem.PROVIDER) {
            log.warn("Sign-in through a provider refused: {}", provider.getMessage());
        } else if (failure instanceof OAuth2AuthenticationException provider) {
            log.info("Sign-in through a provider stopped: {}", provider.getMessage());
        }
        if (problem == SignInProblem.BAD_CREDENTIALS || problem == SignInProblem.LOCKED) {
            countAgainstAddress(request);
        }
        String code = problem.code();
        String target = failure instanceof AccountLockedException locked ? pausedTarget(problem, locked.until())
                : code.isEmpty() ? "/login?error" : "/login?error=" + code;
        if (failure instanceof OidcSignInRefused refused && problem.namesProvider()) {
            target += "&provider=" + URLEncoder.encode(refused.registrationId(), StandardCharsets.UTF_8);
        }
        redirect.sendRedirect(request, response, target);
    }

    /** The sign-in page saying that the account is paused, and until when. */
    static String pausedTarget(SignInProblem problem, Instant until) {
        return "/login?error=" + problem.code() + "&until=" + AccountLockedException.shownTime(until);
    }

    void countAgainstAddress(HttpServletRequest request) {
        throttle.recordFailure(request.getRemoteAddr());
    }

    static SignInProblem problemFor(AuthenticationException failure) {
        if (failure instanceof InactiveAccountException inactive) {
            return inactive.status() == AccountStatus.PENDING_APPROVAL
                    ? SignInProblem.PENDING_APPROVAL : SignInProblem.DEACTIVATED;
        }
        if (failure instanceof OidcSignInRefused refused) {
            return refused.problem();
        }
        if (failure instanceof OAuth2AuthenticationException) {
            return SignInProblem.PROVIDER;
        }
        if (failure instanceof CodesPausedException) {
            return SignInProblem.CODES_PAUSED;
        }
        if (failure instanceof LockedException) {
            return SignInProblem.LOCKED;
        }
        if (failure instanceof DisabledException) {
            return SignInProblem.DEACTIVATED;
        }
        return SignInProblem.BAD_CREDENTIALS;
    }
}
