package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** A mistake in the providers' configuration stops start-up with a sentence that names it. */
class OidcLoginTest {

    @Test
    void with_no_provider_nothing_is_offered() {
        OidcLogin login = new OidcLogin(new StaticListableBeanFactory().getBeanProvider(
                ClientRegistrationRepository.class), new MockEnvironment(), null);

        assertThat(login.registrations()).isEmpty();
    }

    @Test
    void providers_are_offered_by_name() {
        OidcLogin login = new OidcLogin(providers(registration("nhs-login", "NHS login", "openid"),
                registration("cis2", "Care Identity Service", "openid")), new MockEnvironment(), null);

        assertThat(login.registrations()).extracting(ClientRegistration::getClientName)
                .containsExactly("Care Identity Service", "NHS login");
    }

    @Test
    void claim_rules_for_a_provider_that_is_not_configured_stop_start_up() {
        MockEnvironment environment = new MockEnvironment().withProperty("joinedup.oidc.nhs-logn.default-role",
                "PATIENT_PARTNER");

        assertThatThrownBy(() -> new OidcLogin(providers(registration("nhs-login", "NHS login", "openid")),
                environment, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("joinedup.oidc.nhs-logn");
    }

    @Test
    void a_provider_without_the_openid_scope_stops_start_up() {
        assertThatThrownBy(() -> new OidcLogin(providers(registration("github", "GitHub", "read:user")),
                new MockEnvironment(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("include openid in its scope");
    }

    private static org.springframework.beans.factory.ObjectProvider<ClientRegistrationRepository> providers(
            ClientRegistration... registrations) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clientRegistrationRepository", new InMemoryClientRegistrationRepository(registrations));
        return beans.getBeanProvider(ClientRegistrationRepository.class);
    }

    private static ClientRegistration registration(String id, String name, String scope) {
        return ClientRegistration.withRegistrationId(id)
                .clientName(name)
                .clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scope)
                .authorizationUri("https://provider.example/authorize")
                .tokenUri("https://provider.example/token")
                .build();
    }
}
