package org.joinedup.portal.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.joinedup.identity.people.ConnectedProviders;
import org.joinedup.identity.people.ExternalSignIn;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.identity.people.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in through OpenID Connect providers, beside the password form. Providers are
 * Spring Boot's {@code spring.security.oauth2.client.registration.*}; their claim rules
 * are {@code joinedup.oidc.<registration id>.*}, and each must say which roles may sign
 * in through it. With no registration it stays off. Signed-in people connect providers to
 * their account from their profile ({@link ProviderLinkFilter}).
 */
@Component
class OidcLogin implements SignInProviders {

    static final String RULES_PREFIX = "joinedup.oidc";
    /** Failures return here, where the password form and the providers' links are. */
    private static final String LOGIN_URL = "/login";

    private final List<ClientRegistration> registrations;
    private final Map<String, OidcClaimRules> rules;
    private final ExternalSignIn externalSignIn;
    private final ConnectedProviders connections;
    private final ProfileService profiles;
    private final Clock clock;

    OidcLogin(ObjectProvider<ClientRegistrationRepository> repository, Environment environment,
            ExternalSignIn externalSignIn, ConnectedProviders connections, ProfileService profiles, Clock clock) {
        this.registrations = repository.getIfAvailable() instanceof Iterable<?> all
                ? StreamSupport.stream(all.spliterator(), false)
                        .map(ClientRegistration.class::cast)
                        .sorted(Comparator.comparing(ClientRegistration::getClientName))
                        .toList()
                : List.of();
        this.rules = Binder.get(environment)
                .bind(RULES_PREFIX, Bindable.mapOf(String.class, OidcClaimRules.class))
                .orElse(Map.of());
        this.externalSignIn = externalSignIn;
        this.connections = connections;
        this.profiles = profiles;
        this.clock = clock;
        registrations.stream().filter(registration -> !registration.getScopes().contains("openid")).findFirst()
                .ifPresent(registration -> {
                    throw new IllegalStateException("Provider " + registration.getRegistrationId()
                            + " must be an OpenID Connect provider: include openid in its scope");
                });
        Set<String> known = Set.copyOf(registrations.stream().map(ClientRegistration::getRegistrationId).toList());
        rules.keySet().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new IllegalStateException(RULES_PREFIX + "." + id + " sets claim rules for a provider that is not "
                    + "configured: add spring.security.oauth2.client.registration." + id + ".* or remove them");
        });
        known.forEach(id -> rules.getOrDefault(id, OidcClaimRules.UNSET).check(id));
    }

    /** The providers to offer on the sign-in page, by name. */
    List<ClientRegistration> registrations() {
        return registrations;
    }

    @Override
    public List<Provider> all() {
        return registrations.stream()
                .map(registration -> new Provider(registration.getRegistrationId(), registration.getClientName()))
                .toList();
    }

    @Override
    public List<Provider> openTo(Set<Role> roles) {
        return all().stream().filter(provider -> allowedRoles(provider.id()).containsAll(roles)).toList();
    }

    Optional<Provider> provider(String registrationId) {
        return all().stream().filter(provider -> provider.id().equals(registrationId)).findFirst();
    }

    /** The roles that may sign in through a configured provider. */
    Set<Role> allowedRoles(String registrationId) {
        return rules.get(registrationId).allowedRoles();
    }

    void applyTo(HttpSecurity http, SignInFailureHandler failureHandler) throws Exception {
        if (registrations.isEmpty()) {
            return;
        }
        http.oauth2Login(oauth -> oauth
                .loginPage(LOGIN_URL)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new OidcAccountService(externalSignIn, rules, clock)))
                .failureHandler(failureHandler));
        // After the access rules, so only someone fully signed in connects a provider.
        http.addFilterAfter(new ProviderLinkFilter(this, connections, profiles, clock), AuthorizationFilter.class);
    }
}
