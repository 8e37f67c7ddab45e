package org.joinedup.forums.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person kept from posting in the forums until a moment, unless lifted earlier. */
@Entity(name = "ForumSuspension")
@Table(name = "forum_suspension")
class SuspensionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "suspended_by", nullable = false)
    private long suspendedBy;

    @Column(nullable = false, length = ModerationLimits.NOTE_MAX)
    private String reason;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private Long liftedBy;

    @Version
    private long version;

    protected SuspensionEntity() {
    }

    SuspensionEntity(long personId, long suspendedBy, String reason, Instant startsAt, Instant endsAt) {
        this.personId = personId;
        this.suspendedBy = suspendedBy;
        this.reason = reason;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void lift(long moderatorId, Instant at) {
        liftedBy = moderatorId;
        liftedAt = at;
    }

    boolean activeAt(Instant at) {
        return liftedAt == null && endsAt.isAfter(at);
    }

    long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    long suspendedBy() {
        return suspendedBy;
    }

    String reason() {
        return reason;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }
}
