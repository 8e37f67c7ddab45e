package org.joinedup.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Every view is closed unless it says who may open it ({@code @PermitAll},
 * {@code @RolesAllowed}, {@code @AnonymousAllowed}); service methods check again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String SIGNED_OUT_URL = "/login?signed-out";
    /** Powerful browser features the portal never uses, refused to it and to anything it might show. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), "
            + "xr-spatial-tracking=()";
    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, OidcLogin oidcLogin, SignInAddressThrottle throttle,
            RequestUtil vaadinRequests, @Value("${joinedup.hsts:false}") boolean strictTransportSecurity)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/images/**").permitAll());
        // Spring Security's defaults stay on (X-Content-Type-Options: nosniff, no caching of pages); see ARCHITECTURE.md.
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new ContentSecurityPolicy())
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> {
                    if (strictTransportSecurity) {
                        // Every response: the browser reaches the portal over HTTPS even when the proxy in
                        // front is not trusted to say so, and browsers ignore the header over plain HTTP.
                        hsts.maxAgeInSeconds(ONE_YEAR_IN_SECONDS).includeSubDomains(true)
                                .requestMatcher(AnyRequestMatcher.INSTANCE);
                    } else {
                        hsts.disable();
                    }
                }));
        // A new session id at sign-in, so a session id seen before sign-in is worthless after it.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Sessions are also registered, ended on purpose and limited in age: see SessionSecurity.
        // Unknown addresses reach Vaadin's router once signed in, so people see the not-found page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, SIGNED_OUT_URL)
                // Vaadin's own CSRF set-up also exempts the sign-in form, which would let another site sign
                // a visitor in to an account of its choosing; the portal's set-up follows.
                .enableCsrfConfiguration(false)
                .anyRequest(request -> request.authenticated()));
        // Vaadin's internal requests carry Vaadin's own token; every form, sign-in included, carries Spring's.
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new StaleSignInForm());
                        return filter;
                    }
                }));
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
