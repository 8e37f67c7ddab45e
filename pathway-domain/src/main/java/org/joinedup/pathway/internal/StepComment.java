package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "step_comment")
public class StepComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected StepComment() {
    }

    public StepComment(long workspaceId, long stepId, long authorId, String body, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.stepId = stepId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void resolve(long by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long stepId() {
        return stepId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAtOrNull() {
        return resolvedAt;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
