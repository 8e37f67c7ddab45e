package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.dashboard.DashboardView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_sign_in_form_posts_to_spring_security_and_lists_the_demo_sign_ins() {
        navigateTo("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(_find(ListItem.class)).hasSize(15)
                .anySatisfy(item -> assertThat(item.getElement().getTextRecursively())
                        .contains("patient@demo.joinedup.example"));
    }

    @Test
    void a_failed_sign_in_says_so_without_revealing_which_part_was_wrong() {
        navigateTo("login", "error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("That e-mail address and password do not match an active account");
    }

    @Test
    void an_account_waiting_for_approval_is_told_so() {
        navigateTo("login", "error", "pending");

        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Your account is waiting for approval");
    }

    @Test
    void a_sign_in_form_refused_for_its_missing_token_asks_to_sign_in_again() {
        navigateTo("login", "error", "stale");

        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Please sign in again").contains("open too long");
    }

    @Test
    void without_a_configured_provider_only_the_password_form_is_offered() {
        navigateTo("login");

        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).noneMatch(href -> href.contains("oauth2"));
    }

    @Test
    void a_refused_provider_sign_in_and_an_unconfirmed_address_are_explained() {
        navigateTo("login", "error", "provider");
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("We could not sign you in through that provider");

        navigateTo("login", "error", "unverified");
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Your e-mail address is not confirmed with that provider");
    }

    @Test
    void an_account_created_through_a_provider_is_told_it_waits_for_approval() {
        navigateTo("login", "error", "requested");

        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Thank you: your account is waiting for approval");
    }

    @Test
    void a_paused_sign_in_says_plainly_when_to_try_again() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "locked", "until", "14:16")));

        String i18n = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Sign-in is paused").contains("You can try again after 14:16")
                .contains("ask an administrator to unlock it");
    }

    @Test
    void a_pause_without_a_proper_time_in_the_address_still_explains_itself() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "locked", "until", "<b>soon</b>")));

        String i18n = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Try again later").doesNotContain("soon");
    }

    @Test
    void attempts_turned_away_from_a_busy_network_are_asked_to_wait_a_minute() {
        navigateTo("login", "error", "busy");

        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Please wait a moment").contains("Wait a minute, then try again.");
    }

    @Test
    void signing_out_is_confirmed() {
        navigateTo("login", "signed-out");

        assertThat(_get(Paragraph.class, spec -> spec.withText("You have signed out."))).isNotNull();
    }

    @Test
    void an_ended_session_is_explained() {
        navigateTo("login", "expired");

        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Your session has ended, so you have been signed out. Please sign in again."))).isNotNull();
    }

    @Test
    void someone_already_signed_in_goes_straight_to_the_dashboard() {
        signInAs("nurse");
        navigateTo("login");

        assertThat(currentView()).isAssignableTo(DashboardView.class);
    }
}
