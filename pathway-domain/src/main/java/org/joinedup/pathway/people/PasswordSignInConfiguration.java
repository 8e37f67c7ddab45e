package org.joinedup.pathway.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with e-mail and password. The account's status is checked only once the
 * password has matched, so a wrong guess learns nothing about whether an account exists
 * or what state it is in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordSignInConfiguration {

    @Bean
    AuthenticationProvider passwordAuthenticationProvider(PortalUserDetailsService users,
            PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof PortalUser portalUser && portalUser.status() != AccountStatus.ACTIVE) {
                throw new InactiveAccountException(portalUser.status());
            }
        });
        return provider;
    }
}
