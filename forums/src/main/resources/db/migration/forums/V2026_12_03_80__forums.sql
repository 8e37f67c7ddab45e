-- Forums, their threads and posts. Lengths match ForumLimits.
CREATE TABLE forum (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(20)    NOT NULL,
    workspace_id BIGINT,
    title        VARCHAR(200)   NOT NULL,
    description  VARCHAR(1000)  NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_forum_workspace UNIQUE (workspace_id),
    CONSTRAINT fk_forum_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    INDEX ix_forum_kind (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A thread is shown once its first post is published; post_count counts published posts.
CREATE TABLE forum_thread (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    forum_id         BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    author_id        BIGINT        NOT NULL,
    step_key         VARCHAR(36),
    pinned           BOOLEAN       NOT NULL DEFAULT FALSE,
    locked           BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden           BOOLEAN       NOT NULL DEFAULT FALSE,
    post_count       INT           NOT NULL DEFAULT 0,
    last_post_id     BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    last_activity_at DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_thread_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    CONSTRAINT fk_forum_thread_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_forum_thread_list (forum_id, pinned, last_activity_at, id),
    INDEX ix_forum_thread_step (forum_id, step_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_post (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    thread_id      BIGINT         NOT NULL,
    author_id      BIGINT         NOT NULL,
    body           MEDIUMTEXT     NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    hold_reason    VARCHAR(20),
    hold_detail    VARCHAR(1000),
    hidden_reason  VARCHAR(500),
    quoted_post_id BIGINT,
    created_at     DATETIME(6)    NOT NULL,
    published_at   DATETIME(6),
    edited_at      DATETIME(6),
    edited_by      BIGINT,
    version        BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_forum_post_editor FOREIGN KEY (edited_by) REFERENCES person (id),
    CONSTRAINT fk_forum_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES forum_post (id),
    INDEX ix_forum_post_thread (thread_id, status, id),
    INDEX ix_forum_post_author (author_id, created_at),
    INDEX ix_forum_post_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a post said before each edit; shown to moderators.
CREATE TABLE forum_post_revision (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    post_id   BIGINT        NOT NULL,
    body      MEDIUMTEXT    NOT NULL,
    edited_by BIGINT        NOT NULL,
    edited_at DATETIME(6)   NOT NULL,
    note      VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_post_revision_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_revision_editor FOREIGN KEY (edited_by) REFERENCES person (id),
    INDEX ix_forum_post_revision_post (post_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far each person has read each thread, for unread markers.
CREATE TABLE forum_thread_reading (
    thread_id         BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL,
    last_read_post_id BIGINT       NOT NULL,
    read_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (thread_id, person_id),
    CONSTRAINT fk_forum_thread_reading_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_thread_reading_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_forum_thread_reading_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The two portal-wide forums. Workspace forums are made when a workspace's forum is first opened.
INSERT INTO forum (kind, workspace_id, title, description, created_at) VALUES
    ('PATIENT_VOICE', NULL, 'Patient voice',
     'Patient partners and clinicians talking about care as people receive it: what works, what is hard, what matters.',
     UTC_TIMESTAMP(6)),
    ('INTERFACE_ISSUES', NULL, 'Interface issues',
     'For clinicians: problems where primary, secondary and community care meet, and what is being done about them.',
     UTC_TIMESTAMP(6));
