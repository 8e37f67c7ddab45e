package org.joinedup.platform.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A principal that can be named in the audit trail. Every way of signing in gives one, so
 * platform code learns who is signed in from it without asking the people feature.
 */
public interface AuditActor {

    long auditActorId();

    String auditActorName();

    /** @throws AccessDeniedException when nobody is signed in */
    static long signedInId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor.auditActorId();
        }
        throw new AccessDeniedException("Sign in first");
    }
}
