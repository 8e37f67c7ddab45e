-- Decision points: a step with branches is a decision (its title the question), and each
-- branch leads, under a label ("Yes", "eGFR below 15"), to another step of the same draft.
-- The target is named by its step key, not its row, so deleting the target leaves the
-- branch in place, shown as broken until someone points it elsewhere or removes it;
-- a broken branch blocks proposing and publishing. Deleting the deciding step takes its
-- branches with it. Label length: WorkspaceLimits.BRANCH_LABEL_MAX.
CREATE TABLE pathway_step_branch (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id     BIGINT       NOT NULL,
    step_id          BIGINT       NOT NULL,
    position         INT          NOT NULL,
    label            VARCHAR(120) NOT NULL,
    target_step_key  CHAR(36)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_step_branch_position UNIQUE (step_id, position),
    CONSTRAINT fk_pathway_step_branch_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_pathway_step_branch_step FOREIGN KEY (step_id) REFERENCES pathway_step (id) ON DELETE CASCADE,
    INDEX ix_pathway_step_branch_workspace (workspace_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
