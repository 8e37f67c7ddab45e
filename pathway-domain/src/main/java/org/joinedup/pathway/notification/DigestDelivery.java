package org.joinedup.pathway.notification;

/**
 * One way of handing a person their daily digest. Every bean of this type delivers each
 * digest; today the only one is the in-app notification ({@link InAppDigestDelivery}). A
 * delivery runs inside the transaction that records the digest, with nobody signed in.
 */
public interface DigestDelivery {

    void deliver(Digest digest);
}
