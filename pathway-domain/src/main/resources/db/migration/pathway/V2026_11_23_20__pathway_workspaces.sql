-- Pathway co-design workspaces: a workspace holds one care pathway for a condition in a
-- locality, its members and their workspace roles, the working draft (stages, steps,
-- hand-overs, comments), change proposals with each care setting's sign-off, and the
-- published versions. Column sizes match org.joinedup.pathway.workspace.WorkspaceLimits.

CREATE TABLE workspace (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    title                  VARCHAR(200)  NOT NULL,
    condition_name         VARCHAR(200)  NOT NULL,
    locality               VARCHAR(200)  NOT NULL,
    visibility             VARCHAR(20)   NOT NULL,
    review_interval_months INT           NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    draft_changed_at       DATETIME(6)   NOT NULL,
    review_requested_at    DATETIME(6),
    review_request_reason  VARCHAR(500),
    review_reminded_on     DATE,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_workspace_visibility (visibility, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workspace_member (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    role         VARCHAR(30) NOT NULL,
    care_setting VARCHAR(20),
    added_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_workspace_member UNIQUE (workspace_id, person_id),
    CONSTRAINT fk_workspace_member_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_workspace_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_workspace_member_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People are referenced by id, never copied by name, so closing an account leaves
-- "Former member" wherever they contributed.
-- Keys are stable identities that survive publication and restore, so versions can be compared.
CREATE TABLE pathway_stage (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT       NOT NULL,
    stage_key    CHAR(36)     NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_stage_key UNIQUE (workspace_id, stage_key),
    CONSTRAINT fk_pathway_stage_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pathway_step (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id             BIGINT       NOT NULL,
    stage_id                 BIGINT       NOT NULL,
    step_key                 CHAR(36)     NOT NULL,
    position                 INT          NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    description              TEXT         NOT NULL,
    care_setting             VARCHAR(20)  NOT NULL,
    responsible              VARCHAR(500) NOT NULL,
    entry_criteria           TEXT         NOT NULL,
    exit_criteria            TEXT         NOT NULL,
    diagnostics              TEXT         NOT NULL,
    diagnostics_in_community BOOLEAN      NOT NULL,
    prescribing              TEXT         NOT NULL,
    shared_care_protocol     VARCHAR(500) NOT NULL,
    timescale                VARCHAR(500) NOT NULL,
    patient_expectations     TEXT         NOT NULL,
    evidence                 TEXT         NOT NULL,
    interim_note             TEXT         NOT NULL,
    links                    TEXT         NOT NULL,
    last_edited_by           BIGINT       NOT NULL,
    last_edited_at           DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_step_key UNIQUE (workspace_id, step_key),
    CONSTRAINT fk_pathway_step_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_pathway_step_stage FOREIGN KEY (stage_id) REFERENCES pathway_stage (id),
    CONSTRAINT fk_pathway_step_editor FOREIGN KEY (last_edited_by) REFERENCES person (id),
    INDEX ix_pathway_step_stage (stage_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pathway_handover (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id               BIGINT       NOT NULL,
    handover_key               CHAR(36)     NOT NULL,
    from_step_id               BIGINT       NOT NULL,
    to_step_id                 BIGINT       NOT NULL,
    trigger_text               TEXT         NOT NULL,
    information                TEXT         NOT NULL,
    pending_results            VARCHAR(500) NOT NULL,
    response_time              VARCHAR(500) NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_handover_key UNIQUE (workspace_id, handover_key),
    CONSTRAINT fk_pathway_handover_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_pathway_handover_from FOREIGN KEY (from_step_id) REFERENCES pathway_step (id),
    CONSTRAINT fk_pathway_handover_to FOREIGN KEY (to_step_id) REFERENCES pathway_step (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE step_comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT        NOT NULL,
    step_id      BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    body         TEXT          NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    resolved_by  BIGINT,
    resolved_at  DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_step_comment_step FOREIGN KEY (step_id) REFERENCES pathway_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_step_comment_step (step_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The proposed content and the published content are kept whole, as JSON, so neither
-- changes when the draft does.
CREATE TABLE change_proposal (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id        BIGINT        NOT NULL,
    number              INT           NOT NULL,
    summary             VARCHAR(2000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    revision            INT           NOT NULL,
    base_version        INT,
    proposed_content    LONGTEXT      NOT NULL,
    affected_settings   VARCHAR(200)  NOT NULL,
    deadline            DATE          NOT NULL,
    opened_by           BIGINT        NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    closed_at           DATETIME(6),
    reminded_on         DATE,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_change_proposal_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_change_proposal_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    INDEX ix_change_proposal_status (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A decision stands until it is superseded: by the same setting deciding again, by a
-- withdrawn objection, or by a revision that changes what the setting agreed to.
CREATE TABLE sign_off (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    proposal_id  BIGINT        NOT NULL,
    care_setting VARCHAR(20)   NOT NULL,
    revision     INT           NOT NULL,
    decision     VARCHAR(20)   NOT NULL,
    reason       VARCHAR(2000),
    person_id    BIGINT        NOT NULL,
    decided_at   DATETIME(6)   NOT NULL,
    superseded   BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_off_proposal FOREIGN KEY (proposal_id) REFERENCES change_proposal (id),
    CONSTRAINT fk_sign_off_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_sign_off_proposal (proposal_id, superseded)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pathway_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id  BIGINT        NOT NULL,
    number        INT           NOT NULL,
    proposal_id   BIGINT        NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    content       LONGTEXT      NOT NULL,
    published_by  BIGINT        NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    review_due    DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_version_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_pathway_version_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_pathway_version_proposal FOREIGN KEY (proposal_id) REFERENCES change_proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published version is immutable: the database refuses to change or remove one.
CREATE TRIGGER pathway_version_immutable_update BEFORE UPDATE ON pathway_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published pathway version cannot be changed';
CREATE TRIGGER pathway_version_immutable_delete BEFORE DELETE ON pathway_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published pathway version cannot be removed';
