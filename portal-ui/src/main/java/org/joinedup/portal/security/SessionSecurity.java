package org.joinedup.portal.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sessions that can be ended on purpose: every signed-in session is registered (no limit
 * on how many a person has), so that an administrator, the person themselves or a
 * deactivation can end them, and so that none lives longer than the absolute timeout.
 * Spring Security applies the customizer to the portal's filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionSecurity {

    @Bean
    SignedInSessions signedInSessions(Clock clock, OpenPages pages) {
        return new SignedInSessions(clock, pages);
    }

    @Bean
    AbsoluteSessionSweep absoluteSessionSweep(SignedInSessions sessions, SessionProperties properties) {
        return new AbsoluteSessionSweep(sessions, properties.absoluteTimeout());
    }

    /** Tells the registry when the container ends a session or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    Customizer<HttpSecurity> sessionTracking(SignedInSessions sessions, RequestUtil vaadinRequests,
            SessionProperties properties) {
        return http -> http
                .sessionManagement(management -> management.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(SessionLimit.UNLIMITED)
                        .sessionRegistry(sessions)
                        .expiredSessionStrategy(new EndedSessionResponse(vaadinRequests))))
                .addFilterBefore(new AbsoluteSessionTimeout(sessions, properties.absoluteTimeout()),
                        ConcurrentSessionFilter.class);
    }
}
