package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A draft as it stood just before something replaced it: restoring a published version
 * ({@code restoredVersion}) or bringing back another replaced draft ({@code broughtBackId}).
 * Its comments are {@link DraftSnapshotComment} rows. Never changed once kept.
 */
@Entity
@Immutable
@Table(name = "draft_snapshot")
public class DraftSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "restored_version")
    private Integer restoredVersion;

    @Column(name = "brought_back_id")
    private Long broughtBackId;

    @Column(name = "replaced_by", nullable = false)
    private long replacedBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected DraftSnapshot() {
    }

    public DraftSnapshot(long workspaceId, String content, Integer restoredVersion, Long broughtBackId, long replacedBy,
            Instant replacedAt) {
        this.workspaceId = workspaceId;
        this.content = content;
        this.restoredVersion = restoredVersion;
        this.broughtBackId = broughtBackId;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String content() {
        return content;
    }

    public Integer restoredVersion() {
        return restoredVersion;
    }

    public Long broughtBackId() {
        return broughtBackId;
    }

    public long replacedBy() {
        return replacedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
