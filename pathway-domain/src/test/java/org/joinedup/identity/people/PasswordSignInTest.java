package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in as the sign-in form does it, through the portal's provider: pauses
 * after repeated failures, their end, an administrator lifting them, and hash upgrades.
 * Each test uses its own demo person; the clock only moves forward.
 */
@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
class PasswordSignInTest {

    private static final String DOMAIN = "@demo.joinedup.example";

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    AccountLocks locks;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    SignInFailuresRepository failures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MovableClock clock;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void five_wrong_passwords_pause_sign_in_and_then_even_the_right_one_is_refused() {
        Instant pausedUntil = clock.instant().plus(Duration.ofMinutes(15));
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn("gp", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("gp", "a wrong guess"))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> assertThat(e.until()).isEqualTo(pausedUntil));
        assertThatThrownBy(() -> signIn("gp", demo.password()))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> assertThat(e.until()).isEqualTo(pausedUntil));
    }

    @Test
    void the_right_password_works_again_once_the_pause_is_over() {
        failFiveTimes("pharmacist");

        clock.advance(Duration.ofMinutes(15));

        assertThat(signIn("pharmacist", demo.password()).isAuthenticated()).isTrue();
    }

    @Test
    void an_address_with_no_account_is_paused_exactly_like_a_registered_one() {
        Instant pausedUntil = clock.instant().plus(Duration.ofMinutes(15));
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn("nobody-here", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("nobody-here", "a wrong guess"))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> {
                    assertThat(e.until()).isEqualTo(pausedUntil);
                    assertThat(e.getMessage()).isEqualTo(new AccountLockedException(pausedUntil).getMessage());
                });
    }

    @Test
    void failures_arriving_together_are_each_counted_once() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Class<?>>> attempts = Collections.nCopies(5, () -> {
                try {
                    signIn("all-at-once", "a wrong guess");
                    return null;
                } catch (RuntimeException e) {
                    return e.getClass();
                }
            });
            List<Class<?>> outcomes = new ArrayList<>();
            for (Future<Class<?>> outcome : nodes.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).containsExactlyInAnyOrder(BadCredentialsException.class,
                    BadCredentialsException.class, BadCredentialsException.class, BadCredentialsException.class,
                    AccountLockedException.class);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn("lmc", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("LMC", demo.password());

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn("lmc", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void failures_further_apart_than_the_window_do_not_pause_sign_in() {
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn("lnc", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> signIn("lnc", "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("lnc", demo.password()).isAuthenticated()).isTrue();
    }

    @Test
    void each_pause_in_a_row_lasts_twice_as_long_as_the_one_before() {
        failFiveTimes("nurse");
        clock.advance(Duration.ofMinutes(15));

        Instant secondPauseEnds = clock.instant().plus(Duration.ofMinutes(30));
        assertThat(failFiveTimes("nurse").until()).isEqualTo(secondPauseEnds);
    }

    @Test
    void a_pause_is_written_to_the_persons_history() {
        Instant until = failFiveTimes("mentalhealth").until();
        SignedInAs.demo(users, "admin");

        assertThat(auditTrail.history("person", idOf("mentalhealth"), 0, 10))
                .extracting(AuditRecord::action, AuditRecord::actorName, AuditRecord::details)
                .contains(tuple("account.locked", "system",
                        "Sign-in paused until " + PortalTime.dateTime(until)
                                + " after 5 failed attempts"));
    }

    @Test
    void an_administrator_sees_when_a_pause_ends_lifts_it_and_the_lifting_is_audited() {
        Instant until = failFiveTimes("qilead").until();
        long qilead = idOf("qilead");
        SignedInAs.demo(users, "admin");

        assertThat(locks.lockedUntil(qilead)).contains(until);
        assertThat(locks.unlock(qilead)).isTrue();

        assertThat(locks.lockedUntil(qilead)).isEmpty();
        assertThat(auditTrail.history("person", qilead, 0, 1))
                .extracting(AuditRecord::action, AuditRecord::actorName)
                .containsExactly(tuple("account.unlocked", "Alex Morgan"));
        SignedInAs.nobody();
        assertThat(signIn("qilead", demo.password()).isAuthenticated()).isTrue();
    }

    @Test
    void after_an_administrator_lifts_a_pause_the_next_one_is_short_again() {
        failFiveTimes("socialcare");
        SignedInAs.demo(users, "admin");
        locks.unlock(idOf("socialcare"));
        SignedInAs.nobody();

        Instant shortPauseEnds = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(failFiveTimes("socialcare").until()).isEqualTo(shortPauseEnds);
    }

    @Test
    void unlocking_someone_whose_sign_in_is_not_paused_changes_nothing() {
        long patient = idOf("patient");
        SignedInAs.demo(users, "admin");
        long historyBefore = auditTrail.historySize("person", patient);

        assertThat(locks.unlock(patient)).isFalse();
        assertThat(auditTrail.historySize("person", patient)).isEqualTo(historyBefore);
    }

    @Test
    void only_administrators_may_see_or_lift_a_pause() {
        failFiveTimes("facilitator");
        long facilitator = idOf("facilitator");

        SignedInAs.demo(users, "moderator");
        assertThatThrownBy(() -> locks.unlock(facilitator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> locks.lockedUntil(facilitator)).isInstanceOf(AccessDeniedException.class);
        SignedInAs.nobody();
        assertThatThrownBy(() -> locks.unlock(facilitator))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThatThrownBy(() -> signIn("facilitator", demo.password())).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void counts_for_addresses_quiet_for_a_day_are_forgotten() {
        assertThatThrownBy(() -> signIn("someone-who-gave-up", "a wrong guess"))
                .isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(1));
        failFiveTimes("still-trying");
        clock.advance(Duration.ofDays(1).minusMinutes(2));
        assertThat(failures.existsById(SignInLockout.accountKey("someone-who-gave-up" + DOMAIN))).isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> signIn("someone-else", "a wrong guess")).isInstanceOf(BadCredentialsException.class);

        assertThat(failures.existsById(SignInLockout.accountKey("someone-who-gave-up" + DOMAIN))).isFalse();
        assertThat(failures.existsById(SignInLockout.accountKey("still-trying" + DOMAIN)))
                .as("its last failure is not yet a day old").isTrue();
    }

    @Test
    void a_bcrypt_hash_from_before_is_accepted_and_replaced_at_sign_in() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode(demo.password());
        transactions.executeWithoutResult(status ->
                people.findByEmail("publichealth" + DOMAIN).orElseThrow().changePasswordHash(legacy));

        signIn("publichealth", demo.password());

        String stored = people.findByEmail("publichealth" + DOMAIN).orElseThrow().passwordHash();
        assertThat(stored).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(signIn("publichealth", demo.password()).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String localPart, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(localPart + DOMAIN, password));
    }

    private AccountLockedException failFiveTimes(String localPart) {
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn(localPart, "a wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
        try {
            signIn(localPart, "a wrong guess");
        } catch (AccountLockedException e) {
            return e;
        }
        throw new AssertionError("The fifth failure did not pause sign-in");
    }

    private long idOf(String localPart) {
        return people.findByEmail(localPart + DOMAIN).orElseThrow().id();
    }
}
