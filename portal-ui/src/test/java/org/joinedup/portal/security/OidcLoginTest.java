package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.joinedup.identity.people.Role;
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
                ClientRegistrationRepository.class), new MockEnvironment(), null, null, null, null);

        assertThat(login.registrations()).isEmpty();
    }

    @Test
    void providers_are_offered_by_name_and_each_only_to_the_roles_it_may_sign_in() {
        OidcLogin login = login(new MockEnvironment()
                        .withProperty("joinedup.oidc.nhs-login.allowed-roles", "PATIENT_PARTNER")
                        .withProperty("joinedup.oidc.cis2.allowed-roles", "CLINICIAN,QI_LEAD"),
                registration("nhs-login", "NHS login", "openid"), registration("cis2", "Care Identity Service", "openid"));

        assertThat(login.registrations()).extracting(ClientRegistration::getClientName)
                .containsExactly("Care Identity Service", "NHS login");
        assertThat(login.openTo(Set.of(Role.PATIENT_PARTNER))).extracting(SignInProviders.Provider::name)
                .containsExactly("NHS login");
        assertThat(login.openTo(Set.of(Role.CLINICIAN, Role.QI_LEAD))).extracting(SignInProviders.Provider::id)
                .containsExactly("cis2");
        assertThat(login.openTo(Set.of(Role.CLINICIAN, Role.ADMIN))).as("an administrator's role is not allowed")
                .isEmpty();
    }

    @Test
    void a_provider_that_does_not_say_which_roles_may_sign_in_through_it_stops_start_up() {
        assertThatThrownBy(() -> login(new MockEnvironment().withProperty("joinedup.oidc.nhs-login.default-role",
                "PATIENT_PARTNER"), registration("nhs-login", "NHS login", "openid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("joinedup.oidc.nhs-login.allowed-roles is not set");
        assertThatThrownBy(() -> login(new MockEnvironment(), registration("cis2", "Care Identity Service", "openid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("joinedup.oidc.cis2.allowed-roles is not set");
    }

    @Test
    void claims_that_would_give_a_role_the_provider_may_not_sign_in_stop_start_up() {
        assertThatThrownBy(() -> login(new MockEnvironment()
                        .withProperty("joinedup.oidc.nhs-login.allowed-roles", "PATIENT_PARTNER")
                        .withProperty("joinedup.oidc.nhs-login.role-mapping.clinicians", "CLINICIAN"),
                registration("nhs-login", "NHS login", "openid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gives CLINICIAN, which is not among its allowed-roles");
    }

    @Test
    void claim_rules_for_a_provider_that_is_not_configured_stop_start_up() {
        MockEnvironment environment = new MockEnvironment().withProperty("joinedup.oidc.nhs-logn.default-role",
                "PATIENT_PARTNER");

        assertThatThrownBy(() -> login(environment, registration("nhs-login", "NHS login", "openid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("joinedup.oidc.nhs-logn");
    }

    @Test
    void a_provider_without_the_openid_scope_stops_start_up() {
        assertThatThrownBy(() -> login(new MockEnvironment().withProperty("joinedup.oidc.github.allowed-roles",
                "PATIENT_PARTNER"), registration("github", "GitHub", "read:user")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("include openid in its scope");
    }

    private static OidcLogin login(MockEnvironment environment, ClientRegistration... registrations) {
        return new OidcLogin(providers(registrations), environment, null, null, null, null);
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
