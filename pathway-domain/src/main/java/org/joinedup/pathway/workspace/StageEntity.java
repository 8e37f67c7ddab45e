package org.joinedup.pathway.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "pathway_stage")
class StageEntity {

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

    StageEntity(long workspaceId, String key, int position, String title) {
        this.workspaceId = workspaceId;
        this.key = key;
        this.position = position;
        this.title = title;
    }

    Long id() {
        return id;
    }

    long workspaceId() {
        return workspaceId;
    }

    String key() {
        return key;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    long version() {
        return version;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void rename(String newTitle) {
        this.title = newTitle;
    }
}
