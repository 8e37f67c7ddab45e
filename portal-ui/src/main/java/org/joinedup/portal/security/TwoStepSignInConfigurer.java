package org.joinedup.portal.security;

import java.util.Objects;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.joinedup.identity.twofactor.SecondFactorRule;
import org.joinedup.identity.twofactor.TwoStepSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The second step of sign-in, in Spring Security's own terms. A correct password, or a
 * provider's sign-in, holds staff at a half-way sign-in; pages that need the authenticator factor send them to the
 * code page (Spring Security's missing-factor handling); the code is posted to
 * {@value #CODE_PATH} and checked by an authentication filter, which issues a new session
 * id. Apply after Vaadin's configurer, whose sign-in success handler it wraps.
 */
final class TwoStepSignInConfigurer extends AbstractHttpConfigurer<TwoStepSignInConfigurer, HttpSecurity> {

    static final String CODE_PATH = "/" + TwoFactorView.ROUTE;
    static final String SETUP_PATH = "/" + TwoFactorSetupView.ROUTE;
    static final String RECOVERY_CODES_PATH = "/" + RecoveryCodesView.ROUTE;

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    /** Where a provider's sign-in leads once complete: the page first asked for. */
    private final SavedRequestAwareAuthenticationSuccessHandler providerSignedIn =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SignInFailureHandler failureHandler;

    /** @param failureHandler the portal's one handler for refused sign-ins; refused codes count against the address there */
    TwoStepSignInConfigurer(SignInFailureHandler failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    public void init(HttpSecurity http) {
        var signedIn = Objects.requireNonNull(
                http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class),
                "Apply the two-step sign-in after Vaadin's security configurer");
        http.formLogin(form -> form.successHandler(SecondStepHandlers.afterFirstStep(twoStep(http), signedIn, contexts)));
        // A provider's sign-in is a first step too: staff still give their authenticator code.
        if (http.getConfigurer(OAuth2LoginConfigurer.class) != null) {
            http.oauth2Login(oauth -> oauth.successHandler(
                    SecondStepHandlers.afterFirstStep(twoStep(http), providerSignedIn, contexts)));
        }
        http.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                new LoginUrlAuthenticationEntryPoint(CODE_PATH), SecondFactorRule.AUTHORITY));
    }

    @Override
    public void configure(HttpSecurity http) {
        SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        RequestCache requestCache = http.getSharedObject(RequestCache.class);
        if (requestCache != null) {
            savedRequest.setRequestCache(requestCache);
            providerSignedIn.setRequestCache(requestCache);
        }
        SecondFactorCodeFilter filter = new SecondFactorCodeFilter(twoStep(http));
        filter.setSecurityContextRepository(contexts);
        filter.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
        filter.setAuthenticationSuccessHandler(SecondStepHandlers.afterCode(savedRequest));
        filter.setAuthenticationFailureHandler(SecondStepHandlers.refusedCode(failureHandler));
        http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
    }

    private static TwoStepSignIn twoStep(HttpSecurity http) {
        return http.getSharedObject(ApplicationContext.class).getBean(TwoStepSignIn.class);
    }
}
