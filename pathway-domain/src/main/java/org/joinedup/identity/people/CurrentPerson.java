package org.joinedup.identity.people;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, however they signed in. */
public final class CurrentPerson {

    private CurrentPerson() {
    }

    /** @throws AccessDeniedException when nobody is signed in */
    public static long id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson user) {
            return user.personId();
        }
        throw new AccessDeniedException("Sign in first");
    }
}
