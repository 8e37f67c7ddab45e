package org.joinedup.platform.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores notifications for active people and announces each change, inside the caller's
 * transaction. Shared by the centre and the digest's in-app delivery.
 */
@Component
class NotificationStore {

    private final NotificationRepository notifications;
    private final ActiveRecipients activeAccounts;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationStore(NotificationRepository notifications, ActiveRecipients activeAccounts,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.activeAccounts = activeAccounts;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** The stored notification, or empty when the recipient's account is not active. */
    Optional<Notification> store(NewNotification notification) {
        return storeAll(List.of(notification)).stream().findFirst();
    }

    /** Stores each notification whose recipient is active; a recipient named twice gets the first one only. */
    List<Notification> storeAll(Collection<NewNotification> wanted) {
        Set<Long> recipients = new LinkedHashSet<>();
        wanted.forEach(notification -> recipients.add(notification.recipientId()));
        Set<Long> active = activeAccounts.among(recipients);
        List<Notification> stored = new ArrayList<>();
        for (NewNotification notification : wanted) {
            if (active.contains(notification.recipientId()) && recipients.remove(notification.recipientId())) {
                stored.add(notifications.save(new Notification(notification, clock.instant())));
                changed(notification.recipientId());
            }
        }
        return stored;
    }

    void changed(long personId) {
        events.publishEvent(new NotificationsChanged(personId));
    }

    /** Newest first, from exactly {@code offset}, as a grid asks for them. */
    List<NotificationItem> page(long recipientId, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select n from Notification n where n.recipientId = :recipientId
                        order by n.createdAt desc, n.id desc""", Notification.class)
                .setParameter("recipientId", recipientId)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(limit)
                .getResultStream()
                .map(Notification::toItem)
                .toList();
    }
}
