package org.joinedup.platform.notification;

/**
 * One way of handing a person their daily digest. Every bean of this type delivers each
 * digest: the in-app notification ({@link InAppDigestDelivery}), and an e-mail for those
 * who chose one ({@link NotificationMail}). A delivery runs inside the transaction that records the digest, with nobody signed in.
 */
public interface DigestDelivery {

    void deliver(Digest digest);
}
