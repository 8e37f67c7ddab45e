package org.joinedup.portal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.ExternalIdentityClaims;
import org.joinedup.identity.people.Role;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * How one provider's claims become the portal's roles, organisation and care setting,
 * bound from {@code joinedup.oidc.<registration id>.*}. Claim values are compared without
 * regard to case; a claim may hold one value or a list of them.
 *
 * @param displayNameClaim    the claim shown as the person's name; {@code name} when unset,
 *                            then given and family name
 * @param rolesClaim          the claim whose values are looked up in {@code roleMapping}
 * @param roleMapping         claim value to role
 * @param defaultRole         the role given when no value maps to one, e.g. PATIENT_PARTNER
 * @param organisationClaim   the claim naming the person's organisation
 * @param organisationMapping claim value (an external id such as an ODS code) to the name of an
 *                            organisation in the portal; a value not listed is taken as the name
 * @param settingClaim        the claim naming the person's care setting
 * @param settingMapping      claim value to care setting; a value not listed is matched to the
 *                            setting's own name, e.g. {@code primary} or {@code mental-health}
 * @param allowedRoles        the roles that may sign in through the provider, e.g. PATIENT_PARTNER for NHS
 *                            login; an account holding any other is refused. Required: start-up stops without it
 * @param trustedMfa          whether the provider's own multi-factor sign-in is trusted: then staff who signed
 *                            in there with several factors (the ID token's {@code amr} says {@code mfa}) are not
 *                            asked for an authenticator code here as well
 */
record OidcClaimRules(String displayNameClaim, String rolesClaim, Map<String, Role> roleMapping, Role defaultRole,
        String organisationClaim, Map<String, String> organisationMapping, String settingClaim,
        Map<String, CareSetting> settingMapping, Set<Role> allowedRoles, boolean trustedMfa) {

    /** A provider configured with no rules at all, which {@link #check} refuses. */
    static final OidcClaimRules UNSET = new OidcClaimRules(null, null, null, null, null, null, null, null, null, false);

    /** RFC 8176's authentication method reference for a sign-in that used more than one factor. */
    static final String MULTIPLE_FACTORS = "mfa";

    OidcClaimRules {
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        organisationMapping = organisationMapping == null ? Map.of() : Map.copyOf(organisationMapping);
        settingMapping = settingMapping == null ? Map.of() : Map.copyOf(settingMapping);
        allowedRoles = allowedRoles == null ? Set.of() : Set.copyOf(allowedRoles);
    }

    /**
     * Stops start-up with a sentence naming the setting when the provider may sign in no
     * role, or its claims could give a role it may not sign in.
     */
    void check(String registrationId) {
        String prefix = OidcLogin.RULES_PREFIX + "." + registrationId + ".";
        if (allowedRoles.isEmpty()) {
            throw new IllegalStateException(prefix + "allowed-roles is not set: list the roles that may sign in through "
                    + registrationId + ", for example PATIENT_PARTNER for NHS login");
        }
        Stream.concat(roleMapping.values().stream(), Stream.ofNullable(defaultRole))
                .filter(role -> !allowedRoles.contains(role)).findFirst().ifPresent(role -> {
                    throw new IllegalStateException(prefix + "role-mapping or default-role gives " + role
                            + ", which is not among its allowed-roles " + allowedRoles);
                });
    }

    /** True when the provider is trusted for multi-factor sign-in and says this sign-in used several factors. */
    boolean assertsMultipleFactors(OidcUser user) {
        List<String> methods = user.getIdToken().getAuthenticationMethods();
        return trustedMfa && methods != null && methods.contains(MULTIPLE_FACTORS);
    }

    ExternalIdentityClaims read(String registrationId, OidcUser user) {
        return new ExternalIdentityClaims(registrationId, user.getIssuer() == null ? null : user.getIssuer().toString(),
                user.getSubject(), user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()),
                displayName(user), fullName(user), roles(user), organisationName(user), careSetting(user));
    }

    private Set<Role> roles(OidcUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(user, rolesClaim).forEach(value -> lookUp(roleMapping, value).ifPresent(roles::add));
        if (roles.isEmpty() && defaultRole != null) {
            roles.add(defaultRole);
        }
        return roles;
    }

    private String organisationName(OidcUser user) {
        return values(user, organisationClaim).findFirst()
                .map(value -> lookUp(organisationMapping, value).orElse(value))
                .orElse(null);
    }

    private CareSetting careSetting(OidcUser user) {
        return values(user, settingClaim)
                .map(value -> lookUp(settingMapping, value).or(() -> settingNamed(value)))
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private String displayName(OidcUser user) {
        String chosen = displayNameClaim == null ? null : user.getClaimAsString(displayNameClaim);
        return chosen == null || chosen.isBlank() ? fullName(user) : chosen;
    }

    private static String fullName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String joined = Stream.of(user.getGivenName(), user.getFamilyName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** A claim's values as text, whether it holds one value or a list. */
    private static Stream<String> values(OidcUser user, String claim) {
        if (claim == null || claim.isBlank()) {
            return Stream.empty();
        }
        Object value = user.getClaims().get(claim);
        Collection<?> all = value instanceof Collection<?> list ? list : value == null ? Set.of() : Set.of(value);
        return all.stream().map(String::valueOf).map(String::strip).filter(text -> !text.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream();
    }

    private static <T> Optional<T> lookUp(Map<String, T> mapping, String value) {
        return mapping.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(value))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static Optional<CareSetting> settingNamed(String value) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Stream.of(CareSetting.values()).filter(setting -> setting.name().equals(name)).findFirst();
    }
}
