-- Urgent notices (decision 031): a convenor drafts one on the pathway or one of its steps;
-- the workspace's clinical lead or any one setting representative agrees, which publishes
-- it; a convenor withdraws it, it expires after its last day, and after the next version is
-- published a convenor says whether that version covers it. Column sizes match
-- org.joinedup.pathway.notices.NoticeLimits. People are referenced by id, never copied by name.
CREATE TABLE urgent_notice (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id           BIGINT       NOT NULL,
    step_key               CHAR(36),
    step_title             VARCHAR(200),
    title                  VARCHAR(200) NOT NULL,
    body                   TEXT         NOT NULL,
    for_patients           BOOLEAN      NOT NULL,
    expires_on             DATE         NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    drafted_by             BIGINT       NOT NULL,
    drafted_at             DATETIME(6)  NOT NULL,
    agreed_by              BIGINT,
    agreed_as              VARCHAR(60),
    agreed_at              DATETIME(6),
    withdrawn_by           BIGINT,
    withdrawn_at           DATETIME(6),
    coverage_asked_version INT,
    coverage_answered_by   BIGINT,
    coverage_answered_at   DATETIME(6),
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_urgent_notice_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_urgent_notice_drafted_by FOREIGN KEY (drafted_by) REFERENCES person (id),
    CONSTRAINT fk_urgent_notice_agreed_by FOREIGN KEY (agreed_by) REFERENCES person (id),
    CONSTRAINT fk_urgent_notice_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES person (id),
    CONSTRAINT fk_urgent_notice_answered_by FOREIGN KEY (coverage_answered_by) REFERENCES person (id),
    INDEX ix_urgent_notice_workspace (workspace_id, status),
    INDEX ix_urgent_notice_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who last opened a workspace's published pathway, and when, per page ('PATHWAY' for the
-- full pathway, 'PATIENT_PAGE' for what patients see): the people an urgent notice also
-- reaches when they opened it in the last 90 days. One row per person and page, moved
-- forward at each opening; a closed account's rows are deleted.
CREATE TABLE pathway_opening (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    page         VARCHAR(20) NOT NULL,
    opened_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_opening UNIQUE (workspace_id, person_id, page),
    CONSTRAINT fk_pathway_opening_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_pathway_opening_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_pathway_opening_when (workspace_id, page, opened_at),
    INDEX ix_pathway_opening_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
