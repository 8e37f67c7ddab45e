package org.joinedup.platform.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;

import org.joinedup.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one notification centre. Other services send through it inside their own
 * transaction, so a notification exists exactly when the change it announces committed;
 * people with the portal open hear of it through {@link NotificationFeed} after that
 * commit. Signed-in people read and mark only their own notifications.
 */
@Service
public class NotificationCentre {

    private static final Logger log = LoggerFactory.getLogger(NotificationCentre.class);

    private final NotificationStore store;
    private final NotificationRepository notifications;
    private final NotificationDigestRepository digests;
    private final NotificationMail mail;
    private final Clock clock;

    NotificationCentre(NotificationStore store, NotificationRepository notifications,
            NotificationDigestRepository digests, NotificationMail mail, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.digests = digests;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Notifies one person, unless their account is not active (deactivated, closed or not
     * yet approved). Works with nobody signed in, e.g. from a scheduled job or an event
     * listener. A reminder is also e-mailed to a person who chose that.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(NewNotification notification) {
        mail.copyReminders(store.store(notification).stream().toList());
    }

    /**
     * Notifies each person once, however often they appear in {@code recipientIds}, and
     * only those whose accounts are active. Reminders are also e-mailed to those who chose that.
     *
     * @throws IllegalArgumentException when the kind, title or link is not acceptable (see {@link NewNotification})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendAll(Collection<Long> recipientIds, NotificationKind kind, String title, String link) {
        // Checked once, before any recipient, so bad input fails even for an empty list.
        NewNotification checked = new NewNotification(0, kind, title, link);
        List<NewNotification> wanted = recipientIds.stream().distinct()
                .map(recipientId -> new NewNotification(recipientId, checked.kind(), checked.title(), checked.link()))
                .toList();
        List<Notification> stored = store.storeAll(wanted);
        mail.copyReminders(stored);
        int sent = stored.size();
        log.debug("Sent {} notification(s) of kind {} to {} recipient(s)", sent, kind, wanted.size());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(AuditActor.signedInId());
    }

    /** The signed-in person's notifications, newest first, from {@code offset}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationItem> mine(int offset, int limit) {
        return store.page(AuditActor.signedInId(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countMine() {
        return notifications.countByRecipientId(AuditActor.signedInId());
    }

    /**
     * @throws NoSuchElementException there is no such notification
     * @throws AccessDeniedException  it belongs to someone else
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        Notification notification = own(notificationId);
        if (!notification.isRead()) {
            notification.markRead(clock.instant());
            store.changed(notification.recipientId());
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        long me = AuditActor.signedInId();
        if (notifications.markAllRead(me, clock.instant()) > 0) {
            store.changed(me);
        }
    }

    /**
     * The digest a notification of kind {@link NotificationKind#DIGEST} announced.
     *
     * @throws NoSuchElementException there is no such notification, or it announced no digest
     * @throws AccessDeniedException  it belongs to someone else
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DigestDetails digest(long notificationId) {
        Notification notification = own(notificationId);
        return digests.findByNotificationId(notification.id())
                .map(digest -> new DigestDetails(digest.day(), digest.decisions(), digest.waiting(),
                        digest.body()))
                .orElseThrow(() -> new NoSuchElementException("Notification " + notificationId
                        + " announced no digest"));
    }

    private Notification own(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .orElseThrow(() -> new NoSuchElementException("No notification " + notificationId));
        long me = AuditActor.signedInId();
        if (notification.recipientId() != me) {
            log.warn("Person {} asked for notification {} of someone else", me, notificationId);
            throw new AccessDeniedException("That notification is not yours");
        }
        return notification;
    }
}
