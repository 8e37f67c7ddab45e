-- Documents on the steps of a pathway: referral forms, patient leaflets, shared-care agreements.
-- A document belongs to a step by the step's key, so it follows the step through moves and restores.
-- Its revisions are never changed or removed: replacing a document adds a revision, removing one
-- from the draft marks it removed, and a published version keeps the revisions it was published with.
-- Lengths: DocumentLimits (TITLE_MAX 200, FILE_NAME_MAX 255); a media type is at most 100 characters.
CREATE TABLE step_document (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT      NOT NULL,
    step_key     VARCHAR(36) NOT NULL,
    added_by     BIGINT      NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    removed_by   BIGINT      NULL,
    removed_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_step_document_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_step_document_added_by FOREIGN KEY (added_by) REFERENCES person (id),
    CONSTRAINT fk_step_document_removed_by FOREIGN KEY (removed_by) REFERENCES person (id),
    INDEX ix_step_document_step (workspace_id, step_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    document_id  BIGINT       NOT NULL,
    workspace_id BIGINT       NOT NULL,
    number       INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    for_patients BOOLEAN      NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_document_revision_number UNIQUE (document_id, number),
    CONSTRAINT fk_document_revision_document FOREIGN KEY (document_id) REFERENCES step_document (id),
    CONSTRAINT fk_document_revision_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_document_revision_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The file itself, apart from its description so that listing documents never reads the files.
CREATE TABLE document_revision_content (
    revision_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    PRIMARY KEY (revision_id),
    CONSTRAINT fk_document_revision_content_revision FOREIGN KEY (revision_id) REFERENCES document_revision (id)
) ENGINE = InnoDB;

-- The revisions a published version was published with.
CREATE TABLE pathway_version_document (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version_id  BIGINT      NOT NULL,
    revision_id BIGINT      NOT NULL,
    step_key    VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pathway_version_document UNIQUE (version_id, revision_id),
    CONSTRAINT fk_pathway_version_document_version FOREIGN KEY (version_id) REFERENCES pathway_version (id),
    CONSTRAINT fk_pathway_version_document_revision FOREIGN KEY (revision_id) REFERENCES document_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER document_revision_immutable_update BEFORE UPDATE ON document_revision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A document revision cannot be changed';
CREATE TRIGGER document_revision_immutable_delete BEFORE DELETE ON document_revision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A document revision cannot be removed';
CREATE TRIGGER document_revision_content_immutable_update BEFORE UPDATE ON document_revision_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A document revision cannot be changed';
CREATE TRIGGER document_revision_content_immutable_delete BEFORE DELETE ON document_revision_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A document revision cannot be removed';
CREATE TRIGGER pathway_version_document_immutable_update BEFORE UPDATE ON pathway_version_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published version''s documents cannot be changed';
CREATE TRIGGER pathway_version_document_immutable_delete BEFORE DELETE ON pathway_version_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published version''s documents cannot be removed';
