package org.joinedup.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.joinedup.platform.throttle.NetworkKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows sign-in from a network address after many failures from it, whichever accounts
 * they were for, so that guessing one password against many accounts gets slow. It only
 * delays: a hospital behind one shared address waits a few seconds at worst, and only
 * while failures keep coming. Counts live in this node's memory, in a cache of bounded
 * size whose entries expire; a restart or another node starts from zero.
 */
class SignInAddressThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInAddressThrottle.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    /** Held-back attempts hold a request thread; beyond these they are turned away at once. */
    static final int MAX_WAITING = 50;
    static final int MAX_WAITING_PER_ADDRESS = 3;

    /** What happens to one sign-in attempt. */
    enum Turn {
        GO_AHEAD, TURNED_AWAY
    }

    /** Waits for a delay; tests replace the sleeping. */
    interface Pause {
        void pause(Duration delay) throws InterruptedException;
    }

    private record Failures(Instant windowStart, int count) {
    }

    private final AddressThrottleLimits limits;
    private final Clock clock;
    private final Pause pause;
    private final Cache<String, Failures> failures;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private final ConcurrentMap<String, Integer> waitingByAddress = new ConcurrentHashMap<>();

    SignInAddressThrottle(AddressThrottleLimits limits, Clock clock, Pause pause) {
        this.limits = limits;
        this.clock = clock;
        this.pause = pause;
        this.failures = Caffeine.newBuilder()
                .maximumSize(limits.tracked())
                .expireAfterWrite(limits.window())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Counts a failed sign-in (a wrong password, or an attempt on a paused account) from the address. */
    void recordFailure(String address) {
        Instant now = clock.instant();
        Failures after = failures.asMap().merge(key(address), new Failures(now, 1), (old, one) ->
                now.isBefore(old.windowStart().plus(limits.window())) ? new Failures(old.windowStart(), old.count() + 1)
                        : one);
        if (after.count() == limits.maxFailures()) {
            log.warn("{} failed sign-ins from {} since {}: its attempts are now slowed", after.count(), address,
                    after.windowStart());
        }
    }

    /** How long the next attempt from the address is held back: nothing until the limit, then doubling. */
    Duration delayFor(String address) {
        Failures current = failures.getIfPresent(key(address));
        if (current == null || current.count() < limits.maxFailures()
                || !clock.instant().isBefore(current.windowStart().plus(limits.window()))) {
            return Duration.ZERO;
        }
        int doublings = Math.min(current.count() - limits.maxFailures(), 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    /**
     * Holds the attempt back for as long as the address has earned, on the request's own
     * thread (never a Vaadin UI thread). Turned away at once when too many attempts are
     * already waiting, from this address or in all.
     */
    Turn awaitTurn(String address) {
        Duration delay = delayFor(address);
        if (delay.isZero()) {
            return Turn.GO_AHEAD;
        }
        if (!waiting.tryAcquire()) {
            return Turn.TURNED_AWAY;
        }
        String key = key(address);
        try {
            if (waitingByAddress.merge(key, 1, Integer::sum) > MAX_WAITING_PER_ADDRESS) {
                return Turn.TURNED_AWAY;
            }
            pause.pause(delay);
            return Turn.GO_AHEAD;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Turn.TURNED_AWAY;
        } finally {
            waitingByAddress.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
            waiting.release();
        }
    }

    /** How many addresses this node remembers now. */
    long trackedAddresses() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private static String key(String address) {
        return NetworkKeys.of(address);
    }
}
