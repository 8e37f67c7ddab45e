package org.joinedup.platform.boundaryfixture;

import org.joinedup.identity.boundaryfixture.SignedInPerson;

/** A deliberate breach: platform code asking identity who is signed in, instead of an interface of its own. */
public class AuditedChange {

    public String actor(SignedInPerson person) {
        return person.name();
    }
}
