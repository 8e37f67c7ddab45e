package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.portal.dashboard.DashboardView;
import org.junit.jupiter.api.Test;

class TwoFactorViewTest extends SecondStepTest {

    @Test
    void after_the_password_the_code_form_posts_to_spring_security() {
        signInHalfway("gp");

        navigateTo("two-factor");

        assertThat(_get(H1.class).getText()).isEqualTo("Enter your sign-in code");
        CodeForm form = _get(CodeForm.class);
        assertThat(form.getElement().getAttribute("action")).isEqualTo("two-factor");
        assertThat(form.getElement().getAttribute("method")).isEqualTo("post");
        assertThat(code().getElement().getAttribute("name")).isEqualTo("code");
        assertThat(code().isInvalid()).isFalse();
        assertThat(_get(NativeButton.class, spec -> spec.withText("Continue")).getElement().getAttribute("type"))
                .isEqualTo("submit");
    }

    @Test
    void a_refused_code_keeps_the_form_and_says_why_beside_the_box() {
        signInHalfway("consultant");

        navigateTo("two-factor", "error", "used");

        assertThat(code().isInvalid()).isTrue();
        assertThat(code().getErrorMessage())
                .isEqualTo("That code has already been used. Wait for your app to show a new one, then enter it.");
        assertThat(_get(NativeButton.class, spec -> spec.withText("Continue"))).isNotNull();

        navigateTo("two-factor", "error", "wrong");
        assertThat(code().getErrorMessage()).startsWith("That code is not right.");
    }

    @Test
    void halfway_through_sign_in_every_view_leads_to_the_code_step() {
        signInHalfway("admin");

        for (String address : new String[] {"", "profile", "people", "two-factor/recovery-codes"}) {
            navigateTo(address);
            assertThat(currentView()).as(address).isEqualTo(TwoFactorView.class);
        }
    }

    @Test
    void the_demo_names_the_published_authenticator_key() {
        signInHalfway("nurse");

        navigateTo("two-factor");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("JOINEDUPDEMOSECRETFORTRYINGITOUT"));
    }

    @Test
    void without_a_password_first_the_code_page_leads_to_sign_in_and_after_both_steps_to_the_dashboard() {
        navigateTo("two-factor");
        assertThat(currentView()).isEqualTo(LoginView.class);

        signInAs("gp");
        navigateTo("two-factor");
        assertThat(currentView()).isAssignableTo(DashboardView.class);
    }

    private static TextField code() {
        return _get(TextField.class, spec -> spec.withLabel("Code"));
    }
}
