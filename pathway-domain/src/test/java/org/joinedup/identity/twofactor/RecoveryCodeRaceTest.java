package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two sign-ins given the same recovery code at the same moment, as two browsers would post
 * it: exactly one of them gets in, every time. Spends recovery codes, so it gets a
 * database of its own.
 */
@JoinedUpTest
@DirtiesContext
class RecoveryCodeRaceTest {

    private static final int RACES = 20;

    @Autowired
    TwoStepSignIn twoStep;
    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void one_recovery_code_posted_twice_at_once_lets_exactly_one_sign_in_through() throws Exception {
        Authentication password = SignIns.password(passwords, "consultant");
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            List<String> recoveryCodes = List.of();
            for (int race = 0; race < RACES; race++) {
                if (race % RecoveryCodes.COUNT == 0) {
                    recoveryCodes = freshRecoveryCodes(password);
                }
                String code = recoveryCodes.get(race % RecoveryCodes.COUNT);
                SecondFactorPending first = twoStep.afterFirstStep(password).orElseThrow();
                SecondFactorPending second = twoStep.afterFirstStep(password).orElseThrow();
                CountDownLatch start = new CountDownLatch(1);

                Future<Boolean> firstIn = browsers.submit(() -> signsIn(first, code, start));
                Future<Boolean> secondIn = browsers.submit(() -> signsIn(second, code, start));
                start.countDown();

                assertThat(List.of(firstIn.get(30, TimeUnit.SECONDS), secondIn.get(30, TimeUnit.SECONDS)))
                        .as("race %d: which of the two sign-ins got in", race)
                        .containsExactlyInAnyOrder(true, false);
            }
        } finally {
            browsers.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
                + "'second-factor.recovery-code-used' and subject_id = ?", Long.class, SignIns.personId(password)))
                .as("one use recorded per race").isEqualTo(RACES);
    }

    /** Posts the code once the starting signal is given, on this thread, as the code filter does. */
    private boolean signsIn(SecondFactorPending pending, String code, CountDownLatch start) throws InterruptedException {
        SignIns.as(pending);
        try {
            start.await();
            twoStep.complete(pending, code);
            return true;
        } catch (SecondFactorRefusedException refused) {
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sets up the authenticator again, which issues ten new recovery codes. */
    private List<String> freshRecoveryCodes(Authentication password) {
        jdbc.update("delete from second_factor where person_id = ?", SignIns.personId(password));
        SecondFactorPending enrolling = twoStep.afterFirstStep(password).orElseThrow();
        SignIns.as(enrolling);
        List<String> codes = twoStep.complete(enrolling, SignIns.codeFor(enrolling.enrolmentKey().orElseThrow()))
                .newRecoveryCodes();
        SecurityContextHolder.clearContext();
        return codes;
    }
}
