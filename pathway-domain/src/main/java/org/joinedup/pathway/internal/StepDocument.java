package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document on a step of the draft, by the step's key so that it follows the step through
 * moves and restores. Its content is in its revisions; removing it from the draft only marks
 * it removed, because published versions may still hold its revisions.
 */
@Entity
@Table(name = "step_document")
public class StepDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "step_key", nullable = false, length = 36)
    private String stepKey;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected StepDocument() {
    }

    public StepDocument(long workspaceId, String stepKey, long addedBy, Instant addedAt) {
        this.workspaceId = workspaceId;
        this.stepKey = stepKey;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String stepKey() {
        return stepKey;
    }

    public long addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public Long removedBy() {
        return removedBy;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public void remove(long by, Instant at) {
        removedBy = by;
        removedAt = at;
    }
}
