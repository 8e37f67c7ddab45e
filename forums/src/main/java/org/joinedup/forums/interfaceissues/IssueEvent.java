package org.joinedup.forums.interfaceissues;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of an issue's history: raising it, or a change of status with its note. Never changed. */
@Entity(name = "InterfaceIssueEvent")
@Table(name = "interface_issue_event")
class IssueEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private InterfaceIssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private InterfaceIssueStatus toStatus;

    @Column(nullable = false, length = InterfaceIssueLimits.NOTE_MAX)
    private String note;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IssueEvent() {
    }

    IssueEvent(long issueId, InterfaceIssueStatus fromStatus, InterfaceIssueStatus toStatus, String note, long changedBy,
            Instant changedAt) {
        this.issueId = issueId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    InterfaceIssueStatus fromStatus() {
        return fromStatus;
    }

    InterfaceIssueStatus toStatus() {
        return toStatus;
    }

    String note() {
        return note;
    }

    long changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
