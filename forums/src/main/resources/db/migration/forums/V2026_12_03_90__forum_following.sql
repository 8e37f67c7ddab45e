-- Following threads, "helpful" reactions on posts, and which posts have been announced to whom.

-- A row per person who follows or chose to stop following a thread. following = FALSE keeps an
-- explicit unfollow, so replying again does not follow the thread again.
CREATE TABLE forum_thread_follow (
    thread_id  BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    following  BOOLEAN      NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (thread_id, person_id),
    CONSTRAINT fk_forum_thread_follow_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_thread_follow_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_forum_thread_follow_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One "helpful" per person per post.
CREATE TABLE forum_post_reaction (
    post_id    BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_forum_post_reaction_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_reaction_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_forum_post_reaction_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has been told of a post, so a post approved again after being hidden tells nobody twice.
CREATE TABLE forum_post_notice (
    post_id    BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_forum_post_notice_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_notice_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_forum_post_notice_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
