package org.joinedup.forums.insight;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A post marked as patient insight on a step, named by the step's key. */
@Entity(name = "PostInsight")
@Table(name = "forum_post_insight")
class PostInsight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "step_key", nullable = false, length = 36)
    private String stepKey;

    @Column(name = "step_title", nullable = false, length = InsightLimits.STEP_TITLE_MAX)
    private String stepTitle;

    @Column(length = InsightLimits.SUMMARY_MAX)
    private String summary;

    @Column(name = "attached_by", nullable = false)
    private long attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected PostInsight() {
    }

    PostInsight(long postId, long threadId, long workspaceId, String stepKey, String stepTitle, String summary,
            long attachedBy, Instant attachedAt) {
        this.postId = postId;
        this.threadId = threadId;
        this.workspaceId = workspaceId;
        this.stepKey = stepKey;
        this.stepTitle = stepTitle;
        this.summary = summary;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    long id() {
        return id;
    }

    long postId() {
        return postId;
    }

    long threadId() {
        return threadId;
    }

    long workspaceId() {
        return workspaceId;
    }

    String stepKey() {
        return stepKey;
    }

    String stepTitle() {
        return stepTitle;
    }

    String summary() {
        return summary;
    }

    long attachedBy() {
        return attachedBy;
    }

    Instant attachedAt() {
        return attachedAt;
    }
}
