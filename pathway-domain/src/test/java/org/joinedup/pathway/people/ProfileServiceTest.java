package org.joinedup.pathway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changes people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void a_person_sees_their_own_profile_with_organisation_and_setting() {
        SignedInAs.demo(users, "nurse");

        PersonDetails me = profiles.myProfile();

        assertThat(me.displayName()).isEqualTo("Jo Williams");
        assertThat(me.organisationKind()).isEqualTo(OrganisationKind.COMMUNITY_PROVIDER);
        assertThat(me.careSetting()).isEqualTo(CareSetting.COMMUNITY);
        assertThat(me.roles()).containsExactly(Role.CLINICIAN);
        assertThat(me.isStaff()).isTrue();
    }

    @Test
    void name_and_profession_changes_are_kept_and_trimmed() {
        SignedInAs.demo(users, "pharmacist");

        profiles.updateMyProfile(new ProfileChange("  Daniel R. Hughes ", "  Senior clinical pharmacist "));

        PersonDetails me = profiles.myProfile();
        assertThat(me.displayName()).isEqualTo("Daniel R. Hughes");
        assertThat(me.profession()).isEqualTo("Senior clinical pharmacist");
    }

    @Test
    void a_blank_or_overlong_name_is_refused_and_nothing_changes() {
        SignedInAs.demo(users, "gp");

        assertThatThrownBy(() -> profiles.updateMyProfile(new ProfileChange("   ", null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter your name");
        assertThatThrownBy(() -> profiles.updateMyProfile(
                new ProfileChange("x".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1), null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("at most " + PeopleLimits.DISPLAY_NAME_MAX);

        assertThat(profiles.myProfile().displayName()).isEqualTo("Dr Priya Shah");
    }

    @Test
    void a_name_of_exactly_the_column_size_fits() {
        SignedInAs.demo(users, "socialcare");
        String longest = "M".repeat(PeopleLimits.DISPLAY_NAME_MAX);

        profiles.updateMyProfile(new ProfileChange(longest, null));

        assertThat(profiles.myProfile().displayName()).isEqualTo(longest);
    }

    @Test
    void password_change_needs_the_current_password_and_a_long_new_one() {
        SignedInAs.demo(users, "consultant");

        assertThatThrownBy(() -> profiles.changeMyPassword(
                new PasswordChange("not-my-password", "a long new passphrase")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> profiles.changeMyPassword(new PasswordChange(demo.password(), "short")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("newPassword"));

        profiles.changeMyPassword(new PasswordChange(demo.password(), "kidney clinic on tuesdays"));

        String stored = users.loadUserByUsername("consultant@demo.joinedup.example").getPassword();
        assertThat(passwordEncoder.matches("kidney clinic on tuesdays", stored)).isTrue();
        assertThat(passwordEncoder.matches(demo.password(), stored)).isFalse();
    }

    @Test
    void nobody_reads_a_profile_without_signing_in() {
        assertThatThrownBy(() -> profiles.myProfile())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
