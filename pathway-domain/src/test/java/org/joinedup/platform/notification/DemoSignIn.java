package org.joinedup.platform.notification;

import org.joinedup.identity.people.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo people for notification tests: their ids, and signing them in as the sign-in form would. */
final class DemoSignIn {

    private final UserDetailsService users;

    DemoSignIn(UserDetailsService users) {
        this.users = users;
    }

    long idOf(String localPart) {
        return ((SignedInPerson) load(localPart)).personId();
    }

    void as(String localPart) {
        UserDetails user = load(localPart);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void nobody() {
        SecurityContextHolder.clearContext();
    }

    private UserDetails load(String localPart) {
        return users.loadUserByUsername(localPart + "@demo.joinedup.example");
    }
}
