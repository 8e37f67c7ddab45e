package org.joinedup.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every view is closed unless it says who may open it ({@code @PermitAll},
 * {@code @RolesAllowed}, {@code @AnonymousAllowed}); service methods check again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String SIGNED_OUT_URL = "/login?signed-out";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, OidcLogin oidcLogin, SignInAddressThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        // A new session id at sign-in, so a session id seen before sign-in is worthless after it.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Sessions are also registered, ended on purpose and limited in age: see SessionSecurity.
        // Unknown addresses reach Vaadin's router once signed in, so people see the not-found page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, SIGNED_OUT_URL)
                .anyRequest(request -> request.authenticated()));
        SignInFailureHandler failureHandler = new SignInFailureHandler(throttle);
        http.formLogin(form -> form.failureHandler(failureHandler));
        // Attempts from an address with many recent failures wait before their password is checked.
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // Sign-in through OpenID Connect providers, when any are configured.
        oidcLogin.applyTo(http, failureHandler);
        // After Vaadin's configurer: staff, and patient partners who chose it, also give an authenticator code.
        http.with(new TwoStepSignInConfigurer(failureHandler), Customizer.withDefaults());
        return http.build();
    }
}
