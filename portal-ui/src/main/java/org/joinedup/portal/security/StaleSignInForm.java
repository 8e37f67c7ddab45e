package org.joinedup.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a form post without its CSRF token gets. A sign-in form (password or code) goes back
 * to the sign-in page, which asks the person to sign in again: that is what a page left open
 * past the end of its session needs, and a cross-site post trying to sign the visitor in
 * gets nothing more. Any other form gets the plain refusal.
 */
final class StaleSignInForm implements AccessDeniedHandler {

    static final String SIGN_IN_AGAIN = "/login?error=" + SignInProblem.STALE_FORM.code();
    private static final Logger log = LoggerFactory.getLogger(StaleSignInForm.class);
    private static final RequestMatcher SIGN_IN_FORMS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TwoStepSignInConfigurer.CODE_PATH));

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        log.info("A form post to {} from {} without a valid CSRF token was refused", request.getRequestURI(),
                request.getRemoteAddr());
        if (SIGN_IN_FORMS.matches(request)) {
            response.sendRedirect(request.getContextPath() + SIGN_IN_AGAIN);
        } else {
            refusal.handle(request, response, denied);
        }
    }
}
