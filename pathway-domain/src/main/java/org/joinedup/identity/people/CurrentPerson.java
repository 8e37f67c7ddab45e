package org.joinedup.identity.people;

import org.joinedup.platform.audit.AuditActor;

/** The person behind the current request, however they signed in. */
public final class CurrentPerson {

    private CurrentPerson() {
    }

    /** @throws AccessDeniedException when nobody is signed in */
    public static long id() {
        return AuditActor.signedInId();
    }
}
