package org.joinedup.portal.security;

import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.joinedup.identity.twofactor.SecondFactorPending;
import org.joinedup.identity.twofactor.TwoStepSignIn;
import org.joinedup.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** View tests that start halfway through sign-in: after the real password step, before the code. */
abstract class SecondStepTest extends KaribuTest {

    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    TwoStepSignIn twoStep;

    SecondFactorPending signInHalfway(String demoLocalPart) {
        var password = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                demoLocalPart + "@demo.joinedup.example", "joinedup-demo"));
        SecondFactorPending pending = twoStep.afterFirstStep(password).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(pending);
        request.setUserInRole((principal, role) -> Set.of(SecondFactorPending.ROLE).contains(role));
        return pending;
    }
}
