package org.joinedup.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo person in on the current thread for a service test, as the sign-in form would load them. */
public final class DemoSignIn {

    public static final String DOMAIN = "@demo.joinedup.example";

    private DemoSignIn() {
    }

    public static void as(UserDetailsService users, String demoLocalPart) {
        UserDetails user = users.loadUserByUsername(demoLocalPart + DOMAIN);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Calls {@code action} as the demo person, then puts back whoever was signed in on this thread before. */
    public static <T> T actingAs(UserDetailsService users, String demoLocalPart, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        as(users, demoLocalPart);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
