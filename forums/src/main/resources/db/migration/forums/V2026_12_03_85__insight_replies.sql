-- The "you said, we did" replies written in a thread when a published version changed a step
-- carrying insight from it: one per thread and version, however often the news arrives.
CREATE TABLE forum_insight_reply (
    thread_id      BIGINT       NOT NULL,
    workspace_id   BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    post_id        BIGINT       NOT NULL,
    written_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (thread_id, workspace_id, version_number),
    CONSTRAINT fk_forum_insight_reply_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_insight_reply_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_forum_insight_reply_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
