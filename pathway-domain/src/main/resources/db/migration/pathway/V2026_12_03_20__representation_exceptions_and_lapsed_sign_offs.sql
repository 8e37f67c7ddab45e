-- A setting representative represents the care setting they work in (person.care_setting).
-- An administrator may let someone represent another setting in one workspace: the
-- exception keeps its reason, who granted it and, once revoked, who revoked it and when.
-- Nothing is deleted here: representatives appointed under the earlier rule keep their
-- membership and the sign-offs they gave; those whose own setting differs cannot sign
-- again until an administrator grants an exception or a convenor changes their role.
CREATE TABLE representation_exception (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    care_setting VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    granted_by   BIGINT       NOT NULL,
    granted_at   DATETIME(6)  NOT NULL,
    revoked_by   BIGINT,
    revoked_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_representation_exception_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_representation_exception_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_representation_exception_granted_by FOREIGN KEY (granted_by) REFERENCES person (id),
    CONSTRAINT fk_representation_exception_revoked_by FOREIGN KEY (revoked_by) REFERENCES person (id),
    INDEX ix_representation_exception_member (workspace_id, person_id, revoked_at),
    INDEX ix_representation_exception_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why and when a sign-off stopped standing (org.joinedup.pathway.workspace.SupersededBecause).
-- Rows superseded before this migration keep both empty: the reason was not recorded then.
ALTER TABLE sign_off
    ADD COLUMN superseded_because VARCHAR(30) NULL,
    ADD COLUMN superseded_at      DATETIME(6) NULL,
    ADD INDEX ix_sign_off_person (person_id, superseded);
