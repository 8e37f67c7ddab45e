package org.joinedup.identity.people;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Access is enforced on service methods, whichever way they are called, so it lives
 * with the services rather than with the views. Services declare access with
 * {@code @PreAuthorize}; the Jakarta annotations ({@code @RolesAllowed}, {@code @PermitAll})
 * belong to views, where Vaadin's navigation checks them, so they are not made into proxies here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccessConfiguration {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";
    private static final String BCRYPT = "bcrypt";

    /**
     * New hashes use PBKDF2-HMAC-SHA256, which takes passwords of any length; bcrypt reads
     * only 72 bytes and Spring Security refuses longer ones, yet the policy allows
     * {@value PeopleLimits#PASSWORD_MAX} characters. The algorithm is recorded in each
     * hash, so bcrypt hashes still match and are replaced at the next sign-in
     * ({@link PortalUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PBKDF2, Map.of(
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT, new BCryptPasswordEncoder()));
    }
}
