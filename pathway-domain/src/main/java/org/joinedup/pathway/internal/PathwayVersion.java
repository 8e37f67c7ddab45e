package org.joinedup.pathway.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.joinedup.pathway.workspace.WorkspaceLimits;

/** A published version. Immutable here and in the database, which refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "pathway_version")
public class PathwayVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false)
    private int number;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false, length = WorkspaceLimits.SUMMARY_MAX)
    private String summary;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "review_due", nullable = false)
    private LocalDate reviewDue;

    protected PathwayVersion() {
    }

    public PathwayVersion(long workspaceId, int number, long proposalId, String summary, String content, long publishedBy,
            Instant publishedAt, LocalDate reviewDue) {
        this.workspaceId = workspaceId;
        this.number = number;
        this.proposalId = proposalId;
        this.summary = summary;
        this.content = content;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.reviewDue = reviewDue;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public int number() {
        return number;
    }

    public long proposalId() {
        return proposalId;
    }

    public String summary() {
        return summary;
    }

    public String content() {
        return content;
    }

    public long publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }
}
