package org.joinedup.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = DETAILS_MAX)
    private String details;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorName, String action, String subjectType,
            long subjectId, String details, String previousHash, ChainSeal seal) {
        // Microseconds are what the column keeps, so the hash is computed over what is stored.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details.length() > DETAILS_MAX ? details.substring(0, DETAILS_MAX) : details;
        this.previousHash = previousHash;
        this.entryHash = sealWith(seal);
    }

    /** The seal this entry's stored contents should carry. */
    String sealWith(ChainSeal seal) {
        return seal.seal(previousHash, occurredAt, actorId, actorName, action, subjectType, subjectId, details);
    }

    Long id() {
        return id;
    }

    String previousHash() {
        return previousHash;
    }

    String entryHash() {
        return entryHash;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorId, actorName, action, subjectType, subjectId, details);
    }
}
