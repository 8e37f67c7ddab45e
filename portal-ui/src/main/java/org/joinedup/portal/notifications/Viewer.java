package org.joinedup.portal.notifications;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person a page belongs to, remembered when the page opens. A live update runs on a
 * thread that is not that person's request, so the page reads their notifications as
 * them, explicitly, instead of as whoever the thread happens to carry.
 */
final class Viewer {

    private final Authentication authentication;

    private Viewer(Authentication authentication) {
        this.authentication = authentication;
    }

    /** The person of the current request. */
    static Viewer current() {
        return new Viewer(SecurityContextHolder.getContext().getAuthentication());
    }

    <T> T read(Supplier<T> reading) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(authentication);
        SecurityContextHolder.setContext(own);
        try {
            return reading.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
