package org.joinedup.pathway.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Access is enforced on service methods, whichever way they are called, so it lives
 * with the services rather than with the views. Services declare access with
 * {@code @PreAuthorize}; the Jakarta annotations ({@code @RolesAllowed}, {@code @PermitAll})
 * belong to views, where Vaadin's navigation checks them, so they are not made into proxies here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccessConfiguration {

    /** bcrypt today, with the algorithm recorded in each hash so a later upgrade re-hashes on sign-in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
