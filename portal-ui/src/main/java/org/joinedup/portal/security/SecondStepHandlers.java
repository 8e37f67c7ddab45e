package org.joinedup.portal.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.joinedup.identity.twofactor.CodeProblem;
import org.joinedup.identity.twofactor.SecondFactorPending;
import org.joinedup.identity.twofactor.SecondFactorRefusedException;
import org.joinedup.identity.twofactor.TwoStepSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/** Where each step of a two-step sign-in leads. */
final class SecondStepHandlers {

    private static final Logger log = LoggerFactory.getLogger(SecondStepHandlers.class);
    private static final RedirectStrategy redirect = new DefaultRedirectStrategy();

    private SecondStepHandlers() {
    }

    /**
     * After the first step (a correct password, or a provider's sign-in): someone who needs a
     * second factor is held at the half-way sign-in and sent to the code (or set-up) page;
     * anyone else is signed in as before. The saved request stays for after the second step.
     */
    static AuthenticationSuccessHandler afterFirstStep(TwoStepSignIn twoStep, AuthenticationSuccessHandler signedIn,
            SecurityContextRepository contexts) {
        return (request, response, authentication) -> {
            Optional<SecondFactorPending> pending = twoStep.afterFirstStep(authentication);
            if (pending.isEmpty()) {
                signedIn.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(pending.get());
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            redirect.sendRedirect(request, response, pending.get().enrolling()
                    ? TwoStepSignInConfigurer.SETUP_PATH : TwoStepSignInConfigurer.CODE_PATH);
        };
    }

    /** After a correct code: the page the person first asked for, or their new recovery codes first. */
    static AuthenticationSuccessHandler afterCode(AuthenticationSuccessHandler savedRequest) {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SecondFactorCodeFilter.RECOVERY_CODES) != null) {
                redirect.sendRedirect(request, response, TwoStepSignInConfigurer.RECOVERY_CODES_PATH);
                return;
            }
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A refused code returns to its page with the reason. When refused codes have paused the
     * account, or the sign-in can no longer finish, the session ends and the sign-in page
     * says why. (The account counted the code already; the address counts it here.)
     */
    static AuthenticationFailureHandler refusedCode(SignInFailureHandler signInFailure) {
        return new AuthenticationFailureHandler() {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException failure) throws IOException, ServletException {
                Optional<SecondFactorPending> pending = SecondFactorPending.current();
                if (failure instanceof SecondFactorRefusedException) {
                    signInFailure.countAgainstAddress(request);
                }
                if (failure instanceof SecondFactorRefusedException refused && pending.isPresent()
                        && refused.problem() != CodeProblem.SIGN_IN_AGAIN && refused.problem() != CodeProblem.PAUSED) {
                    String page = pending.get().enrolling()
                            ? TwoStepSignInConfigurer.SETUP_PATH : TwoStepSignInConfigurer.CODE_PATH;
                    redirect.sendRedirect(request, response, page + "?error=" + refused.problem().code());
                    return;
                }
                log.info("Two-step sign-in from {} ends and starts again: {}", request.getRemoteAddr(),
                        failure.getMessage());
                new SecurityContextLogoutHandler().logout(request, response, null);
                if (failure instanceof SecondFactorRefusedException refused && refused.pausedUntil().isPresent()) {
                    redirect.sendRedirect(request, response, SignInFailureHandler.pausedTarget(
                            SignInProblem.CODES_PAUSED, refused.pausedUntil().get()));
                } else if (failure instanceof SecondFactorRefusedException) {
                    redirect.sendRedirect(request, response, "/login?error=" + SignInProblem.SECOND_STEP.code());
                } else {
                    signInFailure.onAuthenticationFailure(request, response, failure);
                }
            }
        };
    }
}
