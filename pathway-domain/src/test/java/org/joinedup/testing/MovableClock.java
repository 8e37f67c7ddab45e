package org.joinedup.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it, for behaviour that depends on time
 * passing (pauses that end, windows that close). Add it to a test with
 * {@code @Import(MovableClock.Configuration.class)}; it replaces the portal's clock.
 */
public final class MovableClock extends Clock {

    /** A Monday afternoon in November, in UTC and in London alike. */
    public static final Instant START = Instant.parse("2026-11-23T14:00:00Z");

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The portal keeps its clock in UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }
}
