package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment as it stood on a step of a replaced draft: who wrote it, what it said, and
 * whether and by whom it was resolved. Only its text changes, when its author closes their account.
 */
@Entity
@Table(name = "draft_snapshot_comment")
public class DraftSnapshotComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "snapshot_id", nullable = false)
    private long snapshotId;

    /** The comment's id in the draft when it was kept. */
    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "step_key", nullable = false, length = 36)
    private String stepKey;

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

    protected DraftSnapshotComment() {
    }

    public DraftSnapshotComment(long snapshotId, StepComment comment, String stepKey) {
        this.snapshotId = snapshotId;
        this.commentId = comment.id();
        this.stepKey = stepKey;
        this.authorId = comment.authorId();
        this.body = comment.body();
        this.createdAt = comment.createdAt();
        this.resolvedBy = comment.resolvedBy();
        this.resolvedAt = comment.resolvedAtOrNull();
    }

    /** The comment as it was, back on the draft's step {@code stepId}. */
    public StepComment toComment(long workspaceId, long stepId) {
        StepComment comment = new StepComment(workspaceId, stepId, authorId, body, createdAt);
        if (resolvedAt != null) {
            comment.resolve(resolvedBy, resolvedAt);
        }
        return comment;
    }

    public long snapshotId() {
        return snapshotId;
    }

    public long commentId() {
        return commentId;
    }

    public String stepKey() {
        return stepKey;
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

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
