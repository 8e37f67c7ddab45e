package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

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
    JdbcTemplate jdbc;
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
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enter your name");
        assertThatThrownBy(() -> profiles.updateMyProfile(
                new ProfileChange("x".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1), null)))
                .isInstanceOf(InvalidInputException.class)
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
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ? order by id", String.class,
                ((PortalUser) users.loadUserByUsername("consultant@demo.joinedup.example")).personId()))
                .containsExactly("password.changed");
        assertThat(passwordEncoder.matches("kidney clinic on tuesdays", stored)).isTrue();
        assertThat(passwordEncoder.matches(demo.password(), stored)).isFalse();
    }

    @Test
    void a_common_password_or_ones_own_name_is_refused_as_the_new_password() {
        SignedInAs.demo(users, "nurse");

        assertThatThrownBy(() -> profiles.changeMyPassword(new PasswordChange(demo.password(), "Password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.getMessage()).isEqualTo(PasswordPolicy.COMMON);
                });
        assertThatThrownBy(() -> profiles.changeMyPassword(new PasswordChange(demo.password(), "jo williams on call")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(PasswordPolicy.PERSONAL));

        String stored = users.loadUserByUsername("nurse@demo.joinedup.example").getPassword();
        assertThat(passwordEncoder.matches(demo.password(), stored)).isTrue();
    }

    @Test
    void a_passphrase_longer_than_bcrypts_72_bytes_is_kept_whole() {
        SignedInAs.demo(users, "lnc");
        String passphrase = "geriatric outreach on wednesdays, then the long drive home past the reservoir "
                + "and the old mill, with tea";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        profiles.changeMyPassword(new PasswordChange(demo.password(), passphrase));

        String stored = users.loadUserByUsername("lnc@demo.joinedup.example").getPassword();
        assertThat(passwordEncoder.matches(passphrase, stored)).isTrue();
        assertThat(passwordEncoder.matches(passphrase.substring(0, 72), stored)).isFalse();
    }

    @Test
    void nobody_reads_a_profile_without_signing_in() {
        assertThatThrownBy(() -> profiles.myProfile())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
