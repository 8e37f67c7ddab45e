package org.joinedup.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.joinedup.identity.people.PasswordReset;
import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Registrations and password-reset requests are limited per network address and overall,
 * and a refused one is turned away before the slow password hash runs.
 */
@JoinedUpTest
@DirtiesContext
@Import({MovableClock.Configuration.class, AnonymousRequestThrottleTest.Counting.class})
@TestPropertySource(properties = {
        "joinedup.anonymous-requests.per-address=3",
        "joinedup.anonymous-requests.per-address-window=10m",
        "joinedup.anonymous-requests.overall=5",
        "joinedup.anonymous-requests.overall-window=1m"})
class AnonymousRequestThrottleTest {

    /** Where the request being served comes from, as the portal would read it from the servlet request. */
    static final AtomicReference<String> ADDRESS = new AtomicReference<>();
    /** How often the real password encoder hashed: the work the throttle must spare. */
    static final AtomicInteger HASHES = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        ClientAddress testClientAddress() {
            return () -> Optional.ofNullable(ADDRESS.get());
        }

        @Bean
        static BeanPostProcessor countHashes() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder real)) {
                        return bean;
                    }
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            HASHES.incrementAndGet();
                            return real.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            return real.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return real.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }

    @Autowired
    RegistrationService registrations;
    @Autowired
    PasswordReset passwordReset;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private int registered;

    @Test
    void the_request_after_the_limit_is_refused_before_any_hashing_and_others_still_get_through() {
        long before = people("throttled-");
        from("192.0.2.10");
        for (int i = 0; i < 3; i++) {
            register();
        }
        int hashesSoFar = HASHES.get();

        assertThatThrownBy(this::register).isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> passwordReset.request("patient@demo.joinedup.example"))
                .as("the same budget covers password resets").isInstanceOf(TooManyRequestsException.class);

        assertThat(HASHES.get()).as("no hash ran for the refused requests").isEqualTo(hashesSoFar);
        assertThat(people("throttled-")).isEqualTo(before + 3);

        // Another address has its own allowance, but everyone together is limited too (5 a minute).
        from("198.51.100.7");
        register();
        register();
        from("203.0.113.99");
        assertThatThrownBy(this::register).as("the sixth request from anywhere within the minute")
                .isInstanceOf(TooManyRequestsException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThatCode(this::register).as("the overall allowance refills").doesNotThrowAnyException();
        from("192.0.2.10");
        assertThatThrownBy(this::register).as("the busy address still waits").isInstanceOf(TooManyRequestsException.class);
        clock.advance(Duration.ofMinutes(10));
        assertThatCode(this::register).doesNotThrowAnyException();
        assertThat(people("throttled-")).isEqualTo(before + 7);
    }

    @Test
    void addresses_of_one_ipv6_network_share_an_allowance() {
        clock.advance(Duration.ofHours(1));
        for (int i = 1; i <= 3; i++) {
            from("2001:db8:1:2::" + i);
            register();
        }
        from("2001:db8:1:2:ffff::1");
        assertThatThrownBy(this::register).isInstanceOf(TooManyRequestsException.class);
        from("2001:db8:1:3::1");
        assertThatCode(this::register).doesNotThrowAnyException();
    }

    private void register() {
        int n = ++registered;
        registrations.register(new Registration("Visitor " + n, "Visitor Number " + n,
                "throttled-" + n + "-" + System.nanoTime() + "@example.org", "walks by the river on sundays", null,
                true));
    }

    private long people(String prefix) {
        return jdbc.queryForObject("select count(*) from person where email like ?", Long.class, prefix + "%");
    }

    private static void from(String address) {
        ADDRESS.set(address);
    }
}
