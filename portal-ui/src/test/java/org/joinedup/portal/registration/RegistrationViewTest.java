package org.joinedup.portal.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.PatientGroup;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.dashboard.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** Registers people, so it gets a database of its own. */
@DirtiesContext
class RegistrationViewTest extends KaribuTest {

    private static final String PASSWORD = "kidney clinic on a tuesday";

    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_sign_in_page_invites_newcomers_to_register() {
        navigateTo("login");

        assertThat(_get(Anchor.class, spec -> spec.withText("Register as a patient partner")).getHref())
                .isEqualTo("register");
    }

    @Test
    void a_visitor_registers_and_is_told_plainly_that_the_account_waits_for_approval() {
        navigateTo("register");
        PatientGroup kidneyGroup = registrations.patientGroups().getFirst();

        fillIn("Kim", "Kim Adebayo", "  Kim.Adebayo@Example.org ", PASSWORD, PASSWORD);
        _setValue(patientGroup(), kidneyGroup);
        _setValue(consent(), true);
        _click(button("Register"));

        assertThat(_get(H1.class).getText()).isEqualTo("Thank you for registering");
        assertThat(received()).contains("Your account is waiting for approval", "What happens next",
                "Once it is approved, sign in with the e-mail address and password you chose.");
        Map<String, Object> stored = jdbc.queryForMap("select display_name, real_name, status, organisation_id, "
                + "guidelines_accepted_at from person where email = 'kim.adebayo@example.org'");
        assertThat(stored).containsEntry("display_name", "Kim").containsEntry("real_name", "Kim Adebayo")
                .containsEntry("status", "PENDING_APPROVAL").containsEntry("organisation_id", kidneyGroup.id());
        assertThat(stored.get("guidelines_accepted_at")).isNotNull();
    }

    @Test
    void a_known_address_gets_exactly_the_same_answer_and_no_second_account() {
        navigateTo("register");
        fillIn("New person", "New Person", "someone.new@example.org", PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));
        String forANewAddress = received();

        navigateTo("login");
        navigateTo("register");
        fillIn("Pretending", "Not The GP", "GP@demo.joinedup.example", PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));

        assertThat(received()).isEqualTo(forANewAddress);
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'gp@demo.joinedup.example'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select display_name from person where email = 'gp@demo.joinedup.example'",
                String.class)).isEqualTo("Dr Priya Shah");
    }

    @Test
    void the_community_guidelines_are_shown_and_agreeing_to_them_is_required() {
        navigateTo("register");

        Details guidelines = _get(Details.class);
        assertThat(guidelines.getSummaryText()).isEqualTo("Community guidelines");
        assertThat(guidelines.isOpened()).isTrue();
        assertThat(guidelines.getElement().getTextRecursively())
                .contains("Be kind", "could identify a patient", "No advertising", "Moderators may hide posts");

        fillIn("Sam", "Sam Green", "sam.green@example.org", PASSWORD, PASSWORD);
        _click(button("Register"));

        assertRefused(consent(), "Please agree to the community guidelines to join");
        assertThat(field("Name other people will see").getValue()).isEqualTo("Sam");
        assertNothingStored("sam.green@example.org");
    }

    @Test
    void missing_names_are_asked_for_beside_their_fields() {
        navigateTo("register");

        fillIn("   ", "", "blank.names@example.org", PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));

        assertRefused(field("Name other people will see"), "Enter the name other people will see");
        assertRefused(field("Your full name"), "Enter your full name");
        assertThat(email().getValue()).isEqualTo("blank.names@example.org");
        assertNothingStored("blank.names@example.org");
    }

    @Test
    void overlong_values_are_refused_and_what_was_typed_stays() {
        navigateTo("register");
        String longName = "N".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1);
        String longAddress = "a".repeat(PeopleLimits.EMAIL_MAX) + "@example.org";

        fillIn(longName, longName, longAddress, PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));

        assertRefused(field("Name other people will see"), "Use at most 100 characters");
        assertRefused(field("Your full name"), "Use at most 100 characters");
        assertRefused(email(), "Use at most 254 characters");
        assertThat(field("Name other people will see").getValue()).isEqualTo(longName);
        assertThat(field("Your full name").getValue()).isEqualTo(longName);
        assertThat(email().getValue()).isEqualTo(longAddress);
        assertNothingStored(longAddress);
    }

    @Test
    void an_address_of_the_wrong_shape_is_refused_and_kept() {
        navigateTo("register");

        fillIn("Pat", "Pat Jones", "pat.jones at example", PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));
        assertRefused(email(), "Enter an e-mail address in the form name@example.com");

        _setValue(email(), "pat.jones@example");
        _setValue(consent(), true);
        _click(button("Register"));

        assertRefused(email(), "Enter an e-mail address in the form name@example.com");
        assertThat(email().getValue()).isEqualTo("pat.jones@example");
        assertThat(jdbc.queryForObject("select count(*) from person where display_name = 'Pat'", Long.class)).isZero();
    }

    @Test
    void a_short_password_or_a_differing_confirmation_is_refused_and_both_stay_typed() {
        navigateTo("register");

        fillIn("Lee", "Lee Brown", "lee.brown@example.org", "short", "shorter");
        _setValue(consent(), true);
        _click(button("Register"));

        assertRefused(password("Password"), "Use at least " + PeopleLimits.PASSWORD_MIN
                + " characters; a few unrelated words make a strong, memorable password");
        assertRefused(password("Password again"), "The two passwords differ");
        assertThat(password("Password").getValue()).isEqualTo("short");
        assertThat(password("Password again").getValue()).isEqualTo("shorter");
        assertNothingStored("lee.brown@example.org");
    }

    @Test
    void an_address_with_an_apostrophe_is_accepted() {
        navigateTo("register");

        fillIn("Niamh", "Niamh O'Brien", "niamh.o'brien@example.ie", PASSWORD, PASSWORD);
        _setValue(consent(), true);
        _click(button("Register"));

        assertThat(_get(H1.class).getText()).isEqualTo("Thank you for registering");
    }

    @Test
    void someone_signed_in_already_has_an_account_and_goes_to_the_dashboard() {
        signInAs("patient");

        navigateTo("register");

        assertThat(currentView()).isAssignableTo(DashboardView.class);
    }

    private void fillIn(String displayName, String realName, String address, String password, String again) {
        _setValue(field("Name other people will see"), displayName);
        _setValue(field("Your full name"), realName);
        _setValue(email(), address);
        _setValue(password("Password"), password);
        _setValue(password("Password again"), again);
    }

    private void assertNothingStored(String address) {
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Long.class, address)).isZero();
    }

    private static void assertRefused(HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private static String received() {
        return _get(Div.class, spec -> spec.withClasses("registration-received")).getElement().getTextRecursively();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withLabel("E-mail address"));
    }

    private static PasswordField password(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Select<PatientGroup> patientGroup() {
        return _get(Select.class, spec -> spec.withLabel("Patient group (optional)"));
    }

    private static Checkbox consent() {
        return _get(Checkbox.class);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
