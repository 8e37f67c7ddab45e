package org.joinedup.identity.people;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Signs a demo person in for a service test, exactly as the sign-in form would load them. */
final class SignedInAs {

    private SignedInAs() {
    }

    static void demo(PortalUserDetailsService users, String localPart) {
        UserDetails user = users.loadUserByUsername(localPart + "@demo.joinedup.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
