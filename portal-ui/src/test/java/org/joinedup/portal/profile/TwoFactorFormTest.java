package org.joinedup.portal.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.commons.codec.binary.Base32;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Turns two-step sign-in on and off for demo people, so it gets a database of its own. */
@DirtiesContext
class TwoFactorFormTest extends KaribuTest {

    @Autowired
    DemoPeople demo;

    @Test
    void a_patient_partner_turns_two_step_sign_in_on_and_keeps_typing_after_a_wrong_code() throws Exception {
        signInAs("patient");
        navigateTo("profile");
        assertThat(_get(TwoFactorForm.class).state.getText()).startsWith("Off.");
        assertThat(_get(TwoFactorForm.class).turnOff.isVisible()).isFalse();

        _click(button("Turn on two-step sign-in"));
        _setValue(code("Code from the app"), "123456x");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your password")), demo.password());
        _click(button("Confirm"));

        assertThat(code("Code from the app").isInvalid()).isTrue();
        assertThat(code("Code from the app").getErrorMessage()).startsWith("That code is not right.");
        assertThat(code("Code from the app").getValue()).isEqualTo("123456x");

        _setValue(code("Code from the app"), currentCode(_get(Code.class).getText()));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your password")), "not my password");
        _click(button("Confirm"));

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Your password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not your current password");

        _setValue(password, demo.password());
        _click(button("Confirm"));

        assertThat(_find(ListItem.class)).hasSize(10);
        _click(button("Done"));
        assertThat(_get(TwoFactorForm.class).state.getText()).startsWith("On since").contains("10 unused recovery codes");
        assertThat(_get(TwoFactorForm.class).turnOff.isVisible()).isTrue();
    }

    @Test
    void staff_can_set_up_a_new_authenticator_but_not_turn_it_off() {
        signInAs("facilitator");
        navigateTo("profile");

        assertThat(_get(TwoFactorForm.class).state.getText()).contains("Staff accounts always use two-step sign-in");
        assertThat(_get(TwoFactorForm.class).setUp.getText()).isEqualTo("Set up a new authenticator");
        assertThat(_get(TwoFactorForm.class).turnOff.isVisible()).isFalse();
    }

    private static String currentCode(String groupedKey) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        byte[] key = new Base32().decode(groupedKey.replace(" ", ""));
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()), Instant.now());
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static TextField code(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
