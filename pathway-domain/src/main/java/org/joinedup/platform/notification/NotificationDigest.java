package org.joinedup.platform.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One person's digest for one day. The unique key on (recipient, day) is what keeps it to
 * one a day when the job runs twice or on two nodes at once.
 */
@Entity
@Table(name = "notification_digest")
class NotificationDigest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "digest_day", nullable = false)
    private LocalDate day;

    /** How many decisions were waiting; a long list names only the first {@value DailyDigest#MOST_LISTED}. */
    @Column(nullable = false)
    private int waiting;

    /** The digest as plain text, as it was delivered. */
    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The in-app notification that announced it; null once that is gone. */
    @Column(name = "notification_id")
    private Long notificationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_digest_item", joinColumns = @JoinColumn(name = "digest_id"))
    @OrderColumn(name = "position")
    private List<DigestItem> items = new ArrayList<>();

    protected NotificationDigest() {
    }

    NotificationDigest(long recipientId, LocalDate day, List<PendingDecision> decisions, int waiting, String body,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.day = day;
        this.waiting = waiting;
        this.body = body;
        this.createdAt = createdAt;
        decisions.forEach(decision -> items.add(DigestItem.of(decision)));
    }

    Long id() {
        return id;
    }

    long recipientId() {
        return recipientId;
    }

    LocalDate day() {
        return day;
    }

    int waiting() {
        return waiting;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<PendingDecision> decisions() {
        return items.stream().map(DigestItem::toDecision).toList();
    }

    void announcedBy(long notificationId) {
        this.notificationId = notificationId;
    }
}
