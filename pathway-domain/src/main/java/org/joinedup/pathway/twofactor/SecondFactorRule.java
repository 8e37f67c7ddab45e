package org.joinedup.pathway.twofactor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.pathway.people.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Who must show a second factor before anything else is allowed: whoever signed in with
 * a password and holds a staff role, and whoever is halfway through the two-step sign-in
 * (which includes patient partners who turned it on). Sign-ins through an identity
 * provider bring no password factor, so the provider's own checks apply to them.
 */
public final class SecondFactorRule {

    /** The factor a correct authenticator or recovery code proves; Spring Security has no TOTP factor of its own. */
    public static final String AUTHORITY = "FACTOR_TOTP";

    private SecondFactorRule() {
    }

    public static boolean applies(Authentication authentication) {
        Set<String> authorities = names(authentication);
        if (!authorities.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
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
