package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.joinedup.portal.security.SignInAddressThrottle.Turn;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SignInAddressThrottleTest {

    private static final String HOSPITAL = "192.0.2.10";

    private final MovableClock clock = new MovableClock(MovableClock.START);
    private final List<Duration> paused = new ArrayList<>();
    private final SignInAddressThrottle throttle = new SignInAddressThrottle(
            new AddressThrottleLimits(10, Duration.ofMinutes(10), Duration.ofSeconds(3), 100), clock,
            paused::add);

    @Test
    void attempts_go_ahead_without_delay_until_the_limit_of_failures() {
        failTimes(HOSPITAL, 9);

        assertThat(throttle.delayFor(HOSPITAL)).isZero();
        assertThat(throttle.awaitTurn(HOSPITAL)).isEqualTo(Turn.GO_AHEAD);
        assertThat(paused).isEmpty();
    }

    @Test
    void from_the_limit_on_each_attempt_waits_twice_as_long_up_to_the_most_allowed() {
        failTimes(HOSPITAL, 10);
        assertThat(throttle.delayFor(HOSPITAL)).isEqualTo(Duration.ofMillis(250));

        List<Duration> delays = new ArrayList<>();
        for (int failure = 0; failure < 6; failure++) {
            throttle.recordFailure(HOSPITAL);
            delays.add(throttle.delayFor(HOSPITAL));
        }
        assertThat(delays).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));

        assertThat(throttle.awaitTurn(HOSPITAL)).isEqualTo(Turn.GO_AHEAD);
        assertThat(paused).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void other_addresses_are_not_slowed() {
        failTimes(HOSPITAL, 20);

        assertThat(throttle.delayFor("198.51.100.7")).isZero();
    }

    @Test
    void an_address_is_forgiven_once_the_window_has_passed() {
        failTimes(HOSPITAL, 20);

        clock.advance(Duration.ofMinutes(10));

        assertThat(throttle.delayFor(HOSPITAL)).isZero();
        throttle.recordFailure(HOSPITAL);
        assertThat(throttle.delayFor(HOSPITAL)).as("a new window starts from one failure").isZero();
    }

    @Test
    void ipv6_addresses_in_one_network_count_together() {
        for (int host = 0; host < 10; host++) {
            throttle.recordFailure("2001:db8:1:2::" + Integer.toHexString(host + 1));
        }

        assertThat(throttle.delayFor("2001:db8:1:2:ffff::9")).isEqualTo(Duration.ofMillis(250));
        assertThat(throttle.delayFor("2001:db8:1:3::1")).isZero();
    }

    @Test
    void memory_stays_bounded_however_many_addresses_fail() {
        for (int i = 0; i < 5_000; i++) {
            throttle.recordFailure("10." + (i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256));
        }

        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(100);
    }

    @Test
    void attempts_beyond_the_few_already_waiting_from_one_address_are_turned_away() throws Exception {
        CountDownLatch waiting = new CountDownLatch(SignInAddressThrottle.MAX_WAITING_PER_ADDRESS);
        CountDownLatch release = new CountDownLatch(1);
        SignInAddressThrottle holding = new SignInAddressThrottle(
                new AddressThrottleLimits(1, Duration.ofMinutes(10), Duration.ofSeconds(3), 100), clock, delay -> {
                    waiting.countDown();
                    release.await();
                });
        holding.recordFailure(HOSPITAL);
        ExecutorService threads = Executors.newFixedThreadPool(SignInAddressThrottle.MAX_WAITING_PER_ADDRESS);
        try {
            List<Future<Turn>> held = new ArrayList<>();
            for (int i = 0; i < SignInAddressThrottle.MAX_WAITING_PER_ADDRESS; i++) {
                held.add(threads.submit(() -> holding.awaitTurn(HOSPITAL)));
            }
            assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(holding.awaitTurn(HOSPITAL)).isEqualTo(Turn.TURNED_AWAY);
            assertThat(holding.awaitTurn("198.51.100.7")).as("an address without failures").isEqualTo(Turn.GO_AHEAD);

            release.countDown();
            for (Future<Turn> turn : held) {
                assertThat(turn.get(10, TimeUnit.SECONDS)).isEqualTo(Turn.GO_AHEAD);
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private void failTimes(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(address);
        }
    }
}
