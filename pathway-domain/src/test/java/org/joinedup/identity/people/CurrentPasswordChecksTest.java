package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A session left open must not become a way to guess the password: every confirmation
 * with the current password counts a wrong one as a failed sign-in does, and refuses even
 * the right one while the account is paused. Pauses demo people, so it gets a database of
 * its own.
 */
@JoinedUpTest
@DirtiesContext
class CurrentPasswordChecksTest {

    private static final String EMAIL = "patient@demo.joinedup.example";

    @Autowired
    ProfileService profiles;
    @Autowired
    YourDataService yourData;
    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void wrong_current_passwords_anywhere_on_the_profile_pause_the_account_at_the_fifth() {
        SignedInAs.demo(users, "patient");
        String replacement = "a quiet walk by the canal";

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> profiles.changeMyPassword(new PasswordChange("a wrong guess", replacement)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("currentPassword");
                        assertThat(e.getMessage()).isEqualTo("That is not your current password");
                    });
        }
        assertThatThrownBy(() -> yourData.closeMyAccount("a wrong guess"))
                .hasMessage("That is not your current password");
        assertThatThrownBy(() -> yourData.closeMyAccount("another wrong guess"))
                .hasMessage("That is not your current password");
        assertThatThrownBy(() -> secondFactors.setUpMine(secondFactors.newEnrolmentKey(), "123456", "a wrong guess"))
                .as("the fifth wrong password pauses the account")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("currentPassword");
                    assertThat(e.getMessage()).contains("paused");
                });

        assertThatThrownBy(() -> profiles.changeMyPassword(new PasswordChange(demo.password(), replacement)))
                .as("while paused, even the right password is refused")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("paused"));
        assertThat(passwordEncoder.matches(demo.password(), users.loadUserByUsername(EMAIL).getPassword()))
                .as("the password did not change").isTrue();
        assertThatThrownBy(() -> passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, demo.password())))
                .as("and signing in again is paused too")
                .isInstanceOf(AccountLockedException.class);
    }
}
