package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.portal.ui.EnrolmentKeyPanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** Removes demo authenticators, so it gets a database of its own. */
@DirtiesContext
class TwoFactorSetupViewTest extends SecondStepTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_without_an_authenticator_see_the_qr_code_and_the_key_and_post_the_first_code() {
        withoutAuthenticator("socialcare");
        var pending = signInHalfway("socialcare");

        navigateTo("two-factor");

        assertThat(currentView()).isEqualTo(TwoFactorSetupView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Set up two-step sign-in");
        assertThat(_get(Image.class).getAlt()).hasValue(EnrolmentKeyPanel.QR_DESCRIPTION);
        assertThat(_get(Image.class).getSrc()).isNotBlank();
        String key = pending.enrolmentKey().orElseThrow().secret();
        assertThat(_get(Code.class).getText().replace(" ", "")).isEqualTo(key);
        assertThat(_get(CodeForm.class).getElement().getAttribute("action")).isEqualTo("two-factor");
        assertThat(_get(NativeButton.class, spec -> spec.withText("Finish setting up"))).isNotNull();
    }

    @Test
    void a_refused_first_code_keeps_the_same_key_and_says_why() {
        withoutAuthenticator("publichealth");
        var pending = signInHalfway("publichealth");
        navigateTo("two-factor/setup");
        String shown = _get(Code.class).getText();

        navigateTo("two-factor/setup", "error", "expired");

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("That code has expired. Enter the code your app shows now.");
        assertThat(_get(Code.class).getText()).isEqualTo(shown).isEqualTo(pending.enrolmentKey().orElseThrow().grouped());
    }

    @Test
    void someone_who_has_an_authenticator_is_not_offered_a_new_one_during_sign_in() {
        signInHalfway("lmc");

        navigateTo("two-factor/setup");

        assertThat(currentView()).isEqualTo(TwoFactorView.class);
    }

    private void withoutAuthenticator(String demoLocalPart) {
        jdbc.update("delete f from second_factor f join person p on p.id = f.person_id where p.email = ?",
                demoLocalPart + "@demo.joinedup.example");
    }
}
