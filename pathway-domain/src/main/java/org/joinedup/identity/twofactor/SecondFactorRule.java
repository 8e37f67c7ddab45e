package org.joinedup.identity.twofactor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.identity.people.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Who must show a second factor before anything else is allowed: whoever signed in with
 * a password or through an identity provider and holds a staff role, and whoever is
 * halfway through the two-step sign-in (which includes patient partners who turned it on).
 * The one exception is a provider the portal is configured to trust for multi-factor
 * sign-in, whose sign-in said it used more than one factor: it carries
 * {@value #PROVIDER_MFA} instead.
 */
public final class SecondFactorRule {

    /** The factor a correct authenticator or recovery code proves; Spring Security has no TOTP factor of its own. */
    public static final String AUTHORITY = "FACTOR_TOTP";
    /** Granted only by the portal's provider sign-in, for a trusted provider that says it checked several factors. */
    public static final String PROVIDER_MFA = "FACTOR_PROVIDER_MFA";
    /** The first steps of a sign-in: a password here, or an identity provider's authorization code. */
    static final Set<String> FIRST_FACTORS = Set.of(FactorGrantedAuthority.PASSWORD_AUTHORITY,
            FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);

    private SecondFactorRule() {
    }

    public static boolean applies(Authentication authentication) {
        Set<String> authorities = names(authentication);
        if (authorities.stream().noneMatch(FIRST_FACTORS::contains) || authorities.contains(PROVIDER_MFA)) {
            return false;
        }
        return authorities.contains(SecondFactorPending.AUTHORITY) || holdsStaffRole(authorities);
    }

    static boolean holdsStaffRole(Authentication authentication) {
        return holdsStaffRole(names(authentication));
    }

    private static boolean holdsStaffRole(Set<String> authorities) {
        return Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::authority).anyMatch(authorities::contains);
    }

    private static Set<String> names(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
