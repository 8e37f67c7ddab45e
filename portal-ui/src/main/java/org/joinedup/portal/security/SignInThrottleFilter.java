package org.joinedup.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the sign-in form is processed: holds back attempts from an address with
 * many recent failures, every attempt alike, so that a slow answer does not give away a
 * wrong password; and turns an attempt away when too many are already waiting.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String TURNED_AWAY_URL = "/login?error=" + SignInProblem.SLOW_DOWN.code();
    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);
    private static final RequestMatcher SIGN_IN = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TwoStepSignInConfigurer.CODE_PATH));

    private final SignInAddressThrottle throttle;

    SignInThrottleFilter(SignInAddressThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.awaitTurn(request.getRemoteAddr()) == SignInAddressThrottle.Turn.TURNED_AWAY) {
            log.info("Sign-in from {} turned away: too many attempts waiting", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + TURNED_AWAY_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}
