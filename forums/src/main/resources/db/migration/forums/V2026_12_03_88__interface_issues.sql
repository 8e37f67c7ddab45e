-- The interface issues log: failures where primary, secondary and community care meet,
-- each owned by an organisation, with a status, a due date and a thread in the
-- "Interface issues" forum. Lengths match InterfaceIssueLimits.
CREATE TABLE interface_issue (
    id                         BIGINT         NOT NULL AUTO_INCREMENT,
    kind                       VARCHAR(30)    NOT NULL,
    title                      VARCHAR(200)   NOT NULL,
    description                TEXT           NOT NULL,
    owner_organisation_id      BIGINT         NOT NULL,
    due_date                   DATE           NOT NULL,
    workspace_id               BIGINT,
    thread_id                  BIGINT,
    status                     VARCHAR(20)    NOT NULL,
    raised_by                  BIGINT         NOT NULL,
    raised_at                  DATETIME(6)    NOT NULL,
    status_changed_at          DATETIME(6)    NOT NULL,
    change_proposal_id         BIGINT,
    change_requested_by        BIGINT,
    change_requested_at        DATETIME(6),
    version                    BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_interface_issue_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_interface_issue_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_interface_issue_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_interface_issue_raised_by FOREIGN KEY (raised_by) REFERENCES person (id),
    CONSTRAINT fk_interface_issue_change_requested_by FOREIGN KEY (change_requested_by) REFERENCES person (id),
    CONSTRAINT uk_interface_issue_thread UNIQUE (thread_id),
    INDEX ix_interface_issue_status (status, due_date, id),
    INDEX ix_interface_issue_kind (kind, status),
    INDEX ix_interface_issue_owner (owner_organisation_id, status),
    INDEX ix_interface_issue_raised_by (raised_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every organisation an issue involves, the owner among them.
CREATE TABLE interface_issue_organisation (
    issue_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (issue_id, organisation_id),
    CONSTRAINT fk_interface_issue_organisation_issue FOREIGN KEY (issue_id) REFERENCES interface_issue (id),
    CONSTRAINT fk_interface_issue_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_interface_issue_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An issue's history: raising it, and each change of status with the note that explained it.
CREATE TABLE interface_issue_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    issue_id    BIGINT        NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    note        VARCHAR(500)  NOT NULL,
    changed_by  BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_interface_issue_event_issue FOREIGN KEY (issue_id) REFERENCES interface_issue (id),
    CONSTRAINT fk_interface_issue_event_person FOREIGN KEY (changed_by) REFERENCES person (id),
    INDEX ix_interface_issue_event_issue (issue_id, id),
    INDEX ix_interface_issue_event_person (changed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
