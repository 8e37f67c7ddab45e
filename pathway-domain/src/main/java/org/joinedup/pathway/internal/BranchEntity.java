package org.joinedup.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.joinedup.pathway.workspace.WorkspaceLimits;

/** One labelled branch of a decision step, leading to the step with {@code targetStepKey}, which may since have gone. */
@Entity
@Table(name = "pathway_step_branch")
public class BranchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = WorkspaceLimits.BRANCH_LABEL_MAX)
    private String label;

    @Column(name = "target_step_key", nullable = false, length = 36)
    private String targetStepKey;

    protected BranchEntity() {
    }

    public BranchEntity(long workspaceId, long stepId, int position, String label, String targetStepKey) {
        this.workspaceId = workspaceId;
        this.stepId = stepId;
        this.position = position;
        this.label = label;
        this.targetStepKey = targetStepKey;
    }

    public long stepId() {
        return stepId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public String targetStepKey() {
        return targetStepKey;
    }
}
