package org.joinedup.identity.twofactor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

/**
 * Spring Security's multi-factor support applies the {@link SecondFactorRule} to every
 * authorization rule at once: each {@code hasRole}, {@code isAuthenticated} and
 * {@code authenticated()} in method security and in the HTTP rules also demands the
 * authenticator factor from the people the rule names. A password alone therefore opens
 * no service and no page for them.
 * <p>
 * This is the factory {@code @EnableMultiFactorAuthentication} would publish, declared
 * directly: the annotation also switches on authority merging in web filters, which this
 * non-web module cannot load and the portal does not need (its second step builds the
 * full sign-in itself).
 */
@Configuration(proxyBeanMethods = false)
class MultiFactorConfiguration {

    /** Raw, as Spring Security declares it, so both method security and the HTTP rules pick it up. */
    @Bean
    @SuppressWarnings("rawtypes")
    DefaultAuthorizationManagerFactory authorizationManagerFactory() {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(SecondFactorRule.AUTHORITY)
                .when(SecondFactorRule::applies)
                .build();
    }
}
