package org.joinedup.identity.people;

/**
 * A signed-in principal that stands for a person of the portal, whichever way they signed
 * in (password or an identity provider). Services find "me" through it.
 */
public interface SignedInPerson {

    long personId();
}
