package org.joinedup.identity.people;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with e-mail and password. The account's status is checked only once the
 * password has matched, so a wrong guess learns nothing about whether an account exists
 * or what state it is in. Repeated failures pause sign-in for the address
 * ({@link LockingAuthenticationProvider}), registered or not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class PasswordSignInConfiguration {

    @Bean
    AuthenticationProvider passwordAuthenticationProvider(PortalUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInLockout lockout) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setUserDetailsPasswordService(users);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof PortalUser portalUser && portalUser.status() != AccountStatus.ACTIVE) {
                throw new InactiveAccountException(portalUser.status());
            }
        });
        return new LockingAuthenticationProvider(provider, lockout);
    }
}
