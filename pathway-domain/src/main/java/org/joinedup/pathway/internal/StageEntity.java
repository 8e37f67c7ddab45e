package org.joinedup.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.joinedup.pathway.workspace.WorkspaceLimits;

@Entity
@Table(name = "pathway_stage")
public class StageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "stage_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = WorkspaceLimits.TITLE_MAX)
    private String title;

    @Version
    private long version;

    protected StageEntity() {
    }

    public StageEntity(long workspaceId, String key, int position, String title) {
        this.workspaceId = workspaceId;
        this.key = key;
        this.position = position;
        this.title = title;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void rename(String newTitle) {
        this.title = newTitle;
    }
}
