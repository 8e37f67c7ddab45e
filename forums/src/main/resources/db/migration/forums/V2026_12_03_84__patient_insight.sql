-- A published post marked by a clinician as patient insight on one step of a pathway. The step
-- is named by its key, which stays the same across versions; its title is kept as it was when
-- attached (and refreshed when a version changes the step), for lists that do not open the draft.
-- Lengths match InsightLimits.
CREATE TABLE forum_post_insight (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    post_id      BIGINT         NOT NULL,
    thread_id    BIGINT         NOT NULL,
    workspace_id BIGINT         NOT NULL,
    step_key     VARCHAR(36)    NOT NULL,
    step_title   VARCHAR(200)   NOT NULL,
    summary      VARCHAR(200),
    attached_by  BIGINT         NOT NULL,
    attached_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_forum_post_insight UNIQUE (post_id, workspace_id, step_key),
    CONSTRAINT fk_forum_post_insight_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_insight_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_post_insight_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_forum_post_insight_person FOREIGN KEY (attached_by) REFERENCES person (id),
    INDEX ix_forum_post_insight_step (workspace_id, step_key, attached_at, id),
    INDEX ix_forum_post_insight_person (attached_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
