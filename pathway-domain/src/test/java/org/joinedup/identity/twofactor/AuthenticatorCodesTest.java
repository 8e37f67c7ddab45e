package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthenticatorCodesTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

    /** RFC 6238's eight-digit SHA-1 vectors; a six-digit code is their last six digits. */
    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void codes_match_the_rfc_6238_test_vectors(long seconds, String eightDigits) {
        long step = AuthenticatorCodes.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(AuthenticatorCodes.code(RFC_KEY, step)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void the_current_code_and_one_step_either_side_are_accepted() {
        long now = AuthenticatorCodes.stepAt(NOW);

        for (long step = now - 1; step <= now + 1; step++) {
            var check = AuthenticatorCodes.check(RFC_KEY, AuthenticatorCodes.code(RFC_KEY, step), NOW, null);
            assertThat(check.accepted()).as("step %d", step - now).isTrue();
            assertThat(check.step()).isEqualTo(step);
        }
    }

    @Test
    void an_older_code_is_recognised_as_expired() {
        long now = AuthenticatorCodes.stepAt(NOW);

        var check = AuthenticatorCodes.check(RFC_KEY, AuthenticatorCodes.code(RFC_KEY, now - 2), NOW, null);

        assertThat(check.problem()).isEqualTo(CodeProblem.EXPIRED);
    }

    @Test
    void a_code_of_a_step_already_used_is_refused_as_used() {
        long now = AuthenticatorCodes.stepAt(NOW);
        String code = AuthenticatorCodes.code(RFC_KEY, now);

        assertThat(AuthenticatorCodes.check(RFC_KEY, code, NOW, now).problem()).isEqualTo(CodeProblem.ALREADY_USED);
        assertThat(AuthenticatorCodes.check(RFC_KEY, AuthenticatorCodes.code(RFC_KEY, now - 1), NOW, now).problem())
                .as("an unused code older than the last one used").isEqualTo(CodeProblem.ALREADY_USED);
        assertThat(AuthenticatorCodes.check(RFC_KEY, AuthenticatorCodes.code(RFC_KEY, now + 1), NOW, now).accepted())
                .as("the next step's code").isTrue();
    }

    @Test
    void blank_malformed_and_wrong_codes_are_told_apart() {
        assertThat(AuthenticatorCodes.check(RFC_KEY, "  ", NOW, null).problem()).isEqualTo(CodeProblem.MISSING);
        assertThat(AuthenticatorCodes.check(RFC_KEY, "12ab56", NOW, null).problem()).isEqualTo(CodeProblem.WRONG);
        String current = AuthenticatorCodes.code(RFC_KEY, AuthenticatorCodes.stepAt(NOW));
        String wrong = String.format("%06d", (Integer.parseInt(current) + 500_000) % 1_000_000);
        assertThat(AuthenticatorCodes.check(RFC_KEY, wrong, NOW, null).problem()).isEqualTo(CodeProblem.WRONG);
        assertThat(AuthenticatorCodes.check(RFC_KEY, current.substring(0, 3) + " " + current.substring(3), NOW, null)
                .accepted()).as("spaces are ignored").isTrue();
    }

    @Test
    void keys_survive_base32_and_the_qr_address_names_the_portal_and_the_account() {
        byte[] key = AuthenticatorCodes.newKey();
        String base32 = AuthenticatorCodes.toBase32(key);

        assertThat(base32).hasSize(32).matches("[A-Z2-7]+");
        assertThat(AuthenticatorCodes.fromBase32(base32.toLowerCase())).isEqualTo(key);
        assertThat(AuthenticatorCodes.otpauthUri("gp@demo.joinedup.example", base32)).isEqualTo(
                "otpauth://totp/JoinedUp%3Agp%40demo.joinedup.example?secret=" + base32
                        + "&issuer=JoinedUp&algorithm=SHA1&digits=6&period=30");
    }
}
