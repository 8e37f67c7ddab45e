-- The draft's page history: one row each time a stage, step or hand-over is added, saved,
-- moved, deleted or changed by a restore, with its fields as they stood after the change,
-- who changed it and when. The history compares each row with the one before it for the
-- same item (previous_id), field by field. Rows are only ever added.
--
-- item_kind: STAGE, STEP or HANDOVER; action: RevisionAction (RECORDED is the item as it
-- stood before its first recorded change, kept so that change can be compared, never listed).
-- fields: the step's or hand-over's fields as JSON (StepFields, HandoverFields); none for a stage.
-- title: the item's title then (a hand-over's: its two steps); place: a step's stage then.
-- moved_what / moved_from / moved_to: for a move, what moved ("Stage", "Position in stage",
-- "Position") and the stage or position it left and took.
-- changed_by: who changed it; unknown (NULL) only on a RECORDED row that nobody is known to have written.

CREATE TABLE draft_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT       NOT NULL,
    item_kind    VARCHAR(10)  NOT NULL,
    item_key     CHAR(36)     NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    title        VARCHAR(500) NOT NULL,
    place        VARCHAR(200),
    fields       LONGTEXT,
    moved_what   VARCHAR(40),
    moved_from   VARCHAR(200),
    moved_to     VARCHAR(200),
    previous_id  BIGINT,
    changed_by   BIGINT,
    changed_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_revision_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_draft_revision_previous FOREIGN KEY (previous_id) REFERENCES draft_revision (id),
    CONSTRAINT fk_draft_revision_changed_by FOREIGN KEY (changed_by) REFERENCES person (id),
    INDEX ix_draft_revision_workspace (workspace_id, id),
    INDEX ix_draft_revision_item (workspace_id, item_key, id),
    INDEX ix_draft_revision_changed_by (changed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
