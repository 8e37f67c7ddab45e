package org.joinedup.portal.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The per-node memory of failed sign-ins by network address. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AddressThrottleLimits.class)
class SignInThrottleConfiguration {

    @Bean
    SignInAddressThrottle signInAddressThrottle(AddressThrottleLimits limits, Clock clock) {
        return new SignInAddressThrottle(limits, clock, Thread::sleep);
    }
}
