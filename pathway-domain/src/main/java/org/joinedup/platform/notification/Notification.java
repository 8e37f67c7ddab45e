package org.joinedup.platform.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = NotificationLimits.TITLE)
    private String title;

    @Column(nullable = false, length = NotificationLimits.LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(NewNotification notification, Instant createdAt) {
        this.recipientId = notification.recipientId();
        this.kind = notification.kind();
        this.title = notification.title();
        this.link = notification.link();
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long recipientId() {
        return recipientId;
    }

    NotificationKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant readAt() {
        return readAt;
    }

    boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    NotificationItem toItem() {
        return new NotificationItem(id, kind, title, link, createdAt, readAt != null);
    }
}
