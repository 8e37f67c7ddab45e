package org.joinedup.identity.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When repeated failed sign-ins pause an account ({@code joinedup.sign-in.*}; defaults in
 * {@code joinedup-defaults.properties}, described in the README).
 *
 * @param maxFailures     failed attempts, within {@code failureWindow} of the first, that pause sign-in
 * @param failureWindow   how long failed attempts are counted together
 * @param lockDuration    how long the first pause lasts; each further pause in a row lasts twice as long
 * @param maxLockDuration the longest a pause may grow to, so that someone who keeps locking another
 *                        person's account out cannot keep them out for long
 */
@ConfigurationProperties("joinedup.sign-in")
record SignInLimits(int maxFailures, Duration failureWindow, Duration lockDuration, Duration maxLockDuration) {

    SignInLimits {
        if (maxFailures < 1 || !isPositive(failureWindow) || !isPositive(lockDuration)
                || !isPositive(maxLockDuration) || maxLockDuration.compareTo(lockDuration) < 0) {
            throw new IllegalArgumentException("joinedup.sign-in needs max-failures of at least 1, positive "
                    + "durations, and a max-lock-duration no shorter than lock-duration");
        }
    }

    /** How long the next pause lasts, after {@code previousLocks} pauses in a row. */
    Duration lockDurationAfter(int previousLocks) {
        Duration duration = lockDuration;
        for (int i = 0; i < previousLocks && duration.compareTo(maxLockDuration) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(maxLockDuration) > 0 ? maxLockDuration : duration;
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && duration.isPositive();
    }
}
