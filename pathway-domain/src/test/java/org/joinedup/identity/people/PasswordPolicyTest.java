package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String[] PRIYA = {"priya.shah@riverside.example", "Dr Priya Shah", null};

    @Test
    void twelve_characters_is_the_shortest_accepted() {
        assertThat(PasswordPolicy.problemWith("heron lamp j")).isEmpty();
        assertThat(PasswordPolicy.problemWith("heron lampj")).contains(PasswordPolicy.TOO_SHORT);
        assertThat(PasswordPolicy.problemWith(null)).contains(PasswordPolicy.TOO_SHORT);
        assertThat(PasswordPolicy.problemWith(" ".repeat(20))).contains(PasswordPolicy.BLANK);
    }

    @Test
    void long_passphrases_are_welcome_up_to_the_limit_counted_in_characters_not_bytes() {
        String sixtyFour = "otters juggle marmalade under a violet lighthouse at dawn, twice";
        assertThat(sixtyFour).hasSize(64);
        assertThat(PasswordPolicy.problemWith(sixtyFour)).isEmpty();

        String longest = "ŵy ŷn crwydro ar hyd y traeth ".repeat(5).substring(0, PeopleLimits.PASSWORD_MAX);
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(PasswordPolicy.problemWith(longest)).isEmpty();
        assertThat(PasswordPolicy.problemWith(longest + "x")).contains(PasswordPolicy.TOO_LONG);
        assertThat(PasswordPolicy.problemWith("🦉".repeat(12) + "ab")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Qwertyuiop12", "123456789012", "IloveYou1234",
            "welcome12345", "Correct Horse Battery Staple", "abcdefghijkl", "1q2w3e4r5t6y", "aaaaaaaaaaaa",
            "p@ssw0rd1234", "nhs123456789", "qazwsxedcrfv"})
    void common_passwords_are_refused_whatever_their_case(String common) {
        assertThat(PasswordPolicy.problemWith(common)).contains(PasswordPolicy.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password2026!", "Pa$$w0rd!2026", "summer2025winter", "Liverpool-1892",
            "qwertyuiop!!", "NHS 987654321", "September2026!", "zxcvbnm12345", "Monkey123456789",
            "1234567890qwe", "Chelsea1905!!", "trustno1trustno1!", "dragon-dragon-1"})
    void a_common_word_or_keyboard_run_dressed_up_with_digits_and_symbols_is_refused(String predictable) {
        assertThat(PasswordPolicy.problemWith(predictable)).isPresent()
                .hasValueSatisfying(problem -> assertThat(problem).isIn(PasswordPolicy.PREDICTABLE,
                        PasswordPolicy.REPEATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyzxyzxyzxyz", "kidneykidney1", "ab12ab12ab12", "hedgehoghedgehog"})
    void a_short_unit_said_again_and_again_is_refused(String repeated) {
        assertThat(PasswordPolicy.problemWith(repeated)).contains(PasswordPolicy.REPEATED);
    }

    @Test
    void the_portals_own_name_is_refused_anywhere_in_a_password() {
        assertThat(PasswordPolicy.problemWith("JoinedUp rocks in 2026")).contains(PasswordPolicy.PORTAL_NAME);
        assertThat(PasswordPolicy.problemWith("joined-up-demo-pass")).contains(PasswordPolicy.PORTAL_NAME);
    }

    @Test
    void a_password_containing_the_persons_own_name_or_address_is_refused() {
        assertThat(PasswordPolicy.problemWith("priya shah loves tea", PRIYA)).contains(PasswordPolicy.PERSONAL);
        assertThat(PasswordPolicy.problemWith("my address is Priya.Shah", PRIYA)).contains(PasswordPolicy.PERSONAL);
        assertThat(PasswordPolicy.problemWith("Shah1234567890", PRIYA)).contains(PasswordPolicy.PERSONAL);
        assertThat(PasswordPolicy.problemWith("Priya12345678", PRIYA)).contains(PasswordPolicy.PERSONAL);
        assertThat(PasswordPolicy.problemWith("Shah1234567890")).as("only its owner is refused a name").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kidney clinic on tuesdays", "rounds every second thursday", "a fresh long passphrase",
            "a long new passphrase", "heron lantern biscuit 47", "x7#Qm2!pLz9@", "839201746582",
            "Sunshine over the allotment", "priya's garden of roses"})
    void good_passphrases_and_random_passwords_are_accepted(String good) {
        assertThat(PasswordPolicy.problemWith(good, "gp@demo.joinedup.example", "Dr Ben Carter")).isEmpty();
    }

    @Test
    void checking_the_longest_password_is_quick() {
        String longest = "a1".repeat(PeopleLimits.PASSWORD_MAX / 2 - 1) + "zq";
        long start = System.nanoTime();
        PasswordPolicy.problemWith(longest, PRIYA);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
    }
}
