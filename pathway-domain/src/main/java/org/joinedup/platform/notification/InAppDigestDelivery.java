package org.joinedup.platform.notification;

import org.springframework.stereotype.Component;

/**
 * Delivers a digest as a notification of kind {@link NotificationKind#DIGEST} that opens
 * the notifications page, where the digest's list is shown.
 */
@Component
class InAppDigestDelivery implements DigestDelivery {

    /** The notifications page, as a route. */
    static final String NOTIFICATIONS_PAGE = "notifications";

    private final NotificationStore store;
    private final NotificationDigestRepository digests;

    InAppDigestDelivery(NotificationStore store, NotificationDigestRepository digests) {
        this.store = store;
        this.digests = digests;
    }

    @Override
    public void deliver(Digest digest) {
        store.store(new NewNotification(digest.recipientId(), NotificationKind.DIGEST, title(digest),
                        NOTIFICATIONS_PAGE))
                .ifPresent(notification -> digests.findById(digest.digestId())
                        .ifPresent(stored -> stored.announcedBy(notification.id())));
    }

    static String title(Digest digest) {
        int waiting = digest.waiting();
        return waiting == 1 ? "1 decision is waiting on you" : waiting + " decisions are waiting on you";
    }
}
