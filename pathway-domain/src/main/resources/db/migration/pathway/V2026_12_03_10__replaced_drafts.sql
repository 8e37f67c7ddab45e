-- A draft replaced by restoring a published version, or by bringing back an earlier
-- replaced draft, is kept so that a convenor can bring it back. Its stages, steps and
-- hand-overs are kept whole as JSON (PathwaySnapshot, as for proposals and versions); its
-- comments are kept as rows, so they keep their authors by id and their text can be erased
-- when an author closes their account.

CREATE TABLE draft_snapshot (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id     BIGINT      NOT NULL,
    content          LONGTEXT    NOT NULL,
    -- What replaced this draft: restoring this version, or bringing back that replaced draft.
    restored_version INT,
    brought_back_id  BIGINT,
    replaced_by      BIGINT      NOT NULL,
    replaced_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_snapshot_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_draft_snapshot_brought_back FOREIGN KEY (brought_back_id) REFERENCES draft_snapshot (id),
    CONSTRAINT fk_draft_snapshot_replaced_by FOREIGN KEY (replaced_by) REFERENCES person (id),
    CONSTRAINT ck_draft_snapshot_cause CHECK ((restored_version IS NULL) <> (brought_back_id IS NULL)),
    INDEX ix_draft_snapshot_workspace (workspace_id, id),
    INDEX ix_draft_snapshot_replaced_by (replaced_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- comment_id is the comment's id in the draft when it was kept: bringing the draft back
-- returns only the comments that are no longer there.
CREATE TABLE draft_snapshot_comment (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    snapshot_id BIGINT      NOT NULL,
    comment_id  BIGINT      NOT NULL,
    step_key    CHAR(36)    NOT NULL,
    author_id   BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    resolved_by BIGINT,
    resolved_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_snapshot_comment_snapshot FOREIGN KEY (snapshot_id) REFERENCES draft_snapshot (id),
    CONSTRAINT fk_draft_snapshot_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_draft_snapshot_comment_resolver FOREIGN KEY (resolved_by) REFERENCES person (id),
    INDEX ix_draft_snapshot_comment_snapshot (snapshot_id, created_at),
    INDEX ix_draft_snapshot_comment_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
