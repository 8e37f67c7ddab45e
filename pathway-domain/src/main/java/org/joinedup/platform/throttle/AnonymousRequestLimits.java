package org.joinedup.platform.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many costly requests from visitors who are not signed in are answered
 * ({@code joinedup.anonymous-requests.*}; defaults in joinedup-defaults.properties,
 * described in the README). Each limit is a token bucket: it allows a burst of its size,
 * then refills evenly over its window.
 *
 * @param perAddress       requests from one network address within {@code perAddressWindow}
 * @param perAddressWindow the window of that limit
 * @param overall          requests from everywhere together within {@code overallWindow}
 * @param overallWindow    the window of that limit
 * @param tracked          how many addresses this node remembers at most; the least recent are dropped first
 */
@ConfigurationProperties("joinedup.anonymous-requests")
record AnonymousRequestLimits(int perAddress, Duration perAddressWindow, int overall, Duration overallWindow,
        int tracked) {

    AnonymousRequestLimits {
        if (perAddress < 1 || overall < 1 || tracked < 1 || perAddressWindow == null || !perAddressWindow.isPositive()
                || overallWindow == null || !overallWindow.isPositive()) {
            throw new IllegalArgumentException("joinedup.anonymous-requests needs per-address, overall and tracked "
                    + "of at least 1 and positive windows");
        }
    }
}
