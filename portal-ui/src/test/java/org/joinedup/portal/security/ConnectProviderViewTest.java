package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.joinedup.identity.people.ExternalIdentityClaims;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages of connecting a provider: "Connect" on the profile and the confirmation, as
 * plain forms whose fields the connecting filter reads. The provider is configured
 * without being reachable: these pages never call it.
 */
@DirtiesContext
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.nhs.client-id=joinedup",
        "spring.security.oauth2.client.registration.nhs.client-name=NHS login",
        "spring.security.oauth2.client.registration.nhs.scope=openid,email",
        "spring.security.oauth2.client.registration.nhs.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.nhs.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.nhs.authorization-uri=https://nhs-login.example/authorize",
        "spring.security.oauth2.client.provider.nhs.token-uri=https://nhs-login.example/token",
        "spring.security.oauth2.client.provider.nhs.jwk-set-uri=https://nhs-login.example/jwks",
        "joinedup.oidc.nhs.allowed-roles=PATIENT_PARTNER"})
class ConnectProviderViewTest extends KaribuTest {

    private static final String ISSUER = "https://nhs-login.example";

    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_profile_offers_a_provider_only_to_the_roles_it_signs_in_as_a_form_to_the_connecting_filter() {
        signInAs("patient");
        navigateTo("profile");

        ConnectProviderForm form = _get(ConnectProviderForm.class);
        assertThat(form.getElement().getAttribute("method")).isEqualTo("post");
        assertThat(form.getElement().getAttribute("action")).isEqualTo("connect-provider/start");
        assertThat(form.connect.getText()).isEqualTo("Connect NHS login");
        assertThat(_find(form, Input.class)).anySatisfy(hidden -> {
            assertThat(hidden.getElement().getAttribute("name")).isEqualTo(ProviderLinkFilter.PROVIDER_PARAMETER);
            assertThat(hidden.getValue()).isEqualTo("nhs");
        });
    }

    @Test
    void a_clinicians_profile_does_not_offer_a_provider_for_patient_partners() {
        signInAs("nurse");
        navigateTo("profile");

        assertThat(_find(ConnectProviderForm.class)).isEmpty();
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain("Sign-in providers");
    }

    @Test
    void the_confirmation_names_the_provider_and_the_account_there_and_asks_for_the_password() {
        signInAs("patient");
        offer("margaret.hill@nhs-login.example");
        navigateTo(ConnectProviderView.ROUTE);

        assertThat(_get(H1.class).getText()).isEqualTo("Connect NHS login?");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "Connect NHS login account margaret.hill@nhs-login.example to your JoinedUp account?");
        ConnectProviderView.Confirmation form = _get(ConnectProviderView.Confirmation.class);
        assertThat(form.getElement().getAttribute("action")).isEqualTo("connect-provider");
        assertThat(_get(PasswordField.class).getElement().getAttribute("name")).isEqualTo("password");
        assertThat(_find(form, NativeButton.class)).extracting(button -> button.getElement().getAttribute("name")
                + "=" + button.getElement().getAttribute("value")).containsExactly("decision=connect", "decision=cancel");
    }

    @Test
    void without_a_waiting_offer_the_page_says_why_and_leads_back_to_the_profile() {
        signInAs("patient");
        ProviderLinks.refuse(VaadinSession.getCurrent().getSession(), "That is not your current password");
        navigateTo(ConnectProviderView.ROUTE);

        assertThat(_get(ConnectProviderView.class).refusal.getText()).isEqualTo("That is not your current password");
        assertThat(_find(ConnectProviderView.Confirmation.class)).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Back to your profile")).getHref()).isEqualTo("profile");
    }

    @Test
    void a_connected_provider_is_listed_and_disconnected_after_a_confirmation() {
        signInAs("patient");
        long patient = personId();
        jdbc.update("insert into external_identity (person_id, issuer, subject, registration_id, linked_at) "
                + "values (?, ?, 'margaret-subject', 'nhs', current_timestamp(6))", patient, ISSUER);
        navigateTo("profile");
        assertThat(_find(ConnectProviderForm.class)).as("already connected").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Disconnect")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Disconnect")));

        assertThat(jdbc.queryForObject("select count(*) from external_identity where person_id = ?", Long.class,
                patient)).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ?", String.class, patient))
                .contains("identity.unlinked");
        assertThat(_find(ConnectProviderForm.class)).as("offered again").hasSize(1);
    }

    private void offer(String email) {
        ExternalIdentityClaims identity = new ExternalIdentityClaims("nhs", ISSUER, "margaret-subject", email, true,
                null, null, Set.of(), null, null);
        ProviderLinks.offer(VaadinSession.getCurrent().getSession(), new ProviderLinks.Offer(personId(), "nhs",
                "NHS login", email, identity, clock.instant().plus(Duration.ofMinutes(5))));
    }

    private long personId() {
        return ((SignedInPerson) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).personId();
    }
}
