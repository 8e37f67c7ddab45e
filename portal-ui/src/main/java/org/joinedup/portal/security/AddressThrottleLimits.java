package org.joinedup.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When failed sign-ins from one network address slow that address down
 * ({@code joinedup.sign-in.address.*}; defaults in application.properties, described in the README).
 *
 * @param maxFailures failed sign-ins from one address, across all accounts, before its attempts are slowed
 * @param window      how long failures from an address are counted together
 * @param maxDelay    the longest an attempt is held back; the delay doubles from a quarter of a second
 * @param tracked     how many addresses this node remembers at most; the least recent are dropped first
 */
@ConfigurationProperties("joinedup.sign-in.address")
record AddressThrottleLimits(int maxFailures, Duration window, Duration maxDelay, int tracked) {

    AddressThrottleLimits {
        if (maxFailures < 1 || window == null || !window.isPositive() || maxDelay == null || maxDelay.isNegative()
                || tracked < 1) {
            throw new IllegalArgumentException("joinedup.sign-in.address needs max-failures and tracked of at "
                    + "least 1, a positive window and a max-delay that is not negative");
        }
    }
}
