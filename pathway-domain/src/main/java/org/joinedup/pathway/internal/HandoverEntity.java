package org.joinedup.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.workspace.WorkspaceLimits;

@Entity
@Table(name = "pathway_handover")
public class HandoverEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "handover_key", nullable = false, length = 36)
    private String key;

    @Column(name = "from_step_id", nullable = false)
    private long fromStepId;

    @Column(name = "to_step_id", nullable = false)
    private long toStepId;

    @Column(name = "trigger_text", nullable = false, columnDefinition = "text")
    private String trigger;

    @Column(nullable = false, columnDefinition = "text")
    private String information;

    @Column(name = "pending_results", nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String pendingResults;

    @Column(name = "response_time", nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String responseTime;

    @Version
    private long version;

    protected HandoverEntity() {
    }

    public HandoverEntity(long workspaceId, String key, long fromStepId, long toStepId, HandoverFields fields) {
        this.workspaceId = workspaceId;
        this.key = key;
        this.fromStepId = fromStepId;
        this.toStepId = toStepId;
        edit(fields);
    }

    public void edit(HandoverFields fields) {
        this.trigger = fields.trigger();
        this.information = fields.information();
        this.pendingResults = fields.pendingResults();
        this.responseTime = fields.responseTime();
    }

    public void connect(long newFromStepId, long newToStepId) {
        this.fromStepId = newFromStepId;
        this.toStepId = newToStepId;
    }

    public HandoverFields fields() {
        return new HandoverFields(trigger, information, pendingResults, responseTime);
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

    public long fromStepId() {
        return fromStepId;
    }

    public long toStepId() {
        return toStepId;
    }

    public long version() {
        return version;
    }
}
