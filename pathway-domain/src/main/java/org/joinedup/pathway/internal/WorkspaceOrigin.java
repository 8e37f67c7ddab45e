package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Where a workspace copied from another locality's published pathway began: the source
 * workspace and the version copied. Written once; nothing flows between the two afterwards.
 */
@Entity
@Immutable
@Table(name = "workspace_origin")
public class WorkspaceOrigin {

    @Id
    @Column(name = "workspace_id")
    private Long workspaceId;

    @Column(name = "source_workspace_id", nullable = false)
    private long sourceWorkspaceId;

    @Column(name = "source_version", nullable = false)
    private int sourceVersion;

    @Column(name = "copied_at", nullable = false)
    private Instant copiedAt;

    protected WorkspaceOrigin() {
    }

    public WorkspaceOrigin(long workspaceId, long sourceWorkspaceId, int sourceVersion, Instant copiedAt) {
        this.workspaceId = workspaceId;
        this.sourceWorkspaceId = sourceWorkspaceId;
        this.sourceVersion = sourceVersion;
        this.copiedAt = copiedAt;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long sourceWorkspaceId() {
        return sourceWorkspaceId;
    }

    public int sourceVersion() {
        return sourceVersion;
    }

    public Instant copiedAt() {
        return copiedAt;
    }
}
