package org.joinedup.portal.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** Saves profiles and passwords, so it gets a database of its own. */
@DirtiesContext
class ProfileViewTest extends KaribuTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DemoPeople demo;
    @Autowired
    AuditTrail audit;

    @Test
    void shows_what_a_person_may_change_and_what_they_may_only_read() {
        signInAs("lnc");
        navigateTo("profile");

        assertThat(field("Name").getValue()).isEqualTo("Dr Aisha Khan");
        assertThat(field("Organisation").getValue()).isEqualTo("Northgate Local Negotiating Committee");
        assertThat(field("Organisation").isReadOnly()).isTrue();
        assertThat(field("Care setting").getValue()).isEqualTo("Secondary care");
        assertThat(field("Name").isReadOnly()).isFalse();
    }

    @Test
    void a_changed_name_is_saved() {
        signInAs("publichealth");
        navigateTo("profile");

        _setValue(field("Name"), "Dr Chen Li-Andrews");
        _click(button("Save profile"));

        expectNotifications("Profile saved");
        assertThat(profiles.myProfile().displayName()).isEqualTo("Dr Chen Li-Andrews");
    }

    @Test
    void an_empty_name_is_refused_beside_the_field_and_nothing_is_saved() {
        signInAs("lmc");
        navigateTo("profile");

        _setValue(field("Name"), "");
        _click(button("Save profile"));

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("Enter your name");
        assertThat(profiles.myProfile().displayName()).isEqualTo("Dr Ben Carter");
    }

    @Test
    void an_overlong_name_is_refused_and_what_was_typed_stays() {
        signInAs("lmc");
        navigateTo("profile");
        String typed = "B".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1);

        _setValue(field("Name"), typed);
        _setValue(field("Profession or role"), "x".repeat(PeopleLimits.PROFESSION_MAX + 5));
        _click(button("Save profile"));

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters");
        assertThat(field("Name").getValue()).isEqualTo(typed);
        assertThat(field("Profession or role").isInvalid()).isTrue();
        assertThat(profiles.myProfile().displayName()).isEqualTo("Dr Ben Carter");
    }

    @Test
    void a_wrong_current_password_is_refused_at_that_field_and_the_new_one_stays_typed() {
        signInAs("mentalhealth");
        navigateTo("profile");

        _setValue(password("Current password"), "not the password");
        _setValue(password("New password"), "a fresh long passphrase");
        _setValue(password("New password again"), "a fresh long passphrase");
        _click(button("Change password"));

        assertThat(password("Current password").isInvalid()).isTrue();
        assertThat(password("Current password").getErrorMessage()).isEqualTo("That is not your current password");
        assertThat(password("New password").getValue()).isEqualTo("a fresh long passphrase");
    }

    @Test
    void a_short_or_mismatched_new_password_is_refused_before_anything_is_sent() {
        signInAs("mentalhealth");
        navigateTo("profile");

        _setValue(password("Current password"), demo.password());
        _setValue(password("New password"), "short");
        _setValue(password("New password again"), "shorter");
        _click(button("Change password"));

        assertThat(password("New password").isInvalid()).isTrue();
        assertThat(password("New password").getErrorMessage()).startsWith("Use at least " + PeopleLimits.PASSWORD_MIN);
        assertThat(password("New password again").isInvalid()).isTrue();
        assertThat(password("New password again").getErrorMessage()).isEqualTo("The two new passwords differ");
    }

    @Test
    void a_common_password_is_refused_at_the_field_before_anything_is_sent() {
        signInAs("nurse");
        navigateTo("profile");

        _setValue(password("Current password"), demo.password());
        _setValue(password("New password"), "Qwertyuiop12");
        _setValue(password("New password again"), "Qwertyuiop12");
        _click(button("Change password"));

        assertThat(password("New password").isInvalid()).isTrue();
        assertThat(password("New password").getErrorMessage())
                .startsWith("This is one of the most common passwords, so attackers try it first.");
        assertThat(password("New password").getValue()).isEqualTo("Qwertyuiop12");
        String stored = users.loadUserByUsername("nurse@demo.joinedup.example").getPassword();
        assertThat(passwordEncoder.matches(demo.password(), stored)).isTrue();
    }

    @Test
    void a_password_made_of_ones_own_name_is_refused_at_the_field() {
        signInAs("socialcare");
        navigateTo("profile");

        _setValue(password("Current password"), demo.password());
        _setValue(password("New password"), "Maria Costa 2026 rules");
        _setValue(password("New password again"), "Maria Costa 2026 rules");
        _click(button("Change password"));

        assertThat(password("New password").isInvalid()).isTrue();
        assertThat(password("New password").getErrorMessage()).startsWith("Leave your name and e-mail address out");
        assertThat(password("New password again").getValue()).isEqualTo("Maria Costa 2026 rules");
    }

    @Test
    void a_good_password_change_is_confirmed_and_the_form_is_cleared() {
        signInAs("facilitator");
        navigateTo("profile");

        _setValue(password("Current password"), demo.password());
        _setValue(password("New password"), "rounds every second thursday");
        _setValue(password("New password again"), "rounds every second thursday");
        _click(button("Change password"));

        expectNotifications("Password changed");
        assertThat(password("New password").getValue()).isEmpty();
        String stored = users.loadUserByUsername("facilitator@demo.joinedup.example").getPassword();
        assertThat(passwordEncoder.matches("rounds every second thursday", stored)).isTrue();
    }

    @Test
    void signing_out_on_every_device_ends_this_sign_in_too_and_is_recorded() {
        signInAs("nurse");
        navigateTo("profile");
        long nurse = profiles.myProfile().id();

        _click(button("Sign out on every device"));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        UserDetails admin = users.loadUserByUsername("admin@demo.joinedup.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        assertThat(audit.history("person", nurse, 0, 1)).extracting(AuditRecord::details)
                .containsExactly("Signed out on every device");
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static PasswordField password(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
