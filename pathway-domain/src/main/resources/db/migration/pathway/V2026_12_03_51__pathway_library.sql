-- The pathway library lists the latest published version of each workspace, newest first
-- when asked for what was published recently.
CREATE INDEX ix_pathway_version_published ON pathway_version (published_at);

-- A workspace started from another locality's published pathway: which version it copied.
-- Changes in either workspace never reach the other; this row only says where the copy began.
CREATE TABLE workspace_origin (
    workspace_id        BIGINT      NOT NULL,
    source_workspace_id BIGINT      NOT NULL,
    source_version      INT         NOT NULL,
    copied_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (workspace_id),
    INDEX ix_workspace_origin_source (source_workspace_id),
    CONSTRAINT fk_workspace_origin_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_workspace_origin_version FOREIGN KEY (source_workspace_id, source_version)
        REFERENCES pathway_version (workspace_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
