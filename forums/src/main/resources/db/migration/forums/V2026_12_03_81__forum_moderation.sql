-- Flags readers raise on posts, and moderators' suspensions from posting. Lengths match ModerationLimits.

-- One flag per person per post. A flag is cleared (not deleted) when a moderator decides on the
-- post, so the flagger still sees that they flagged it and cannot flag the same post again.
CREATE TABLE forum_post_flag (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    post_id    BIGINT        NOT NULL,
    flagged_by BIGINT        NOT NULL,
    reason     VARCHAR(30)   NOT NULL,
    note       VARCHAR(500),
    flagged_at DATETIME(6)   NOT NULL,
    cleared_at DATETIME(6),
    cleared_by BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT uk_forum_post_flag UNIQUE (post_id, flagged_by),
    CONSTRAINT fk_forum_post_flag_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_forum_post_flag_person FOREIGN KEY (flagged_by) REFERENCES person (id),
    CONSTRAINT fk_forum_post_flag_clearer FOREIGN KEY (cleared_by) REFERENCES person (id),
    INDEX ix_forum_post_flag_open (cleared_at, flagged_at, post_id),
    INDEX ix_forum_post_flag_person (flagged_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person kept from posting in the forums until ends_at, unless a moderator lifts it earlier.
CREATE TABLE forum_suspension (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    person_id    BIGINT        NOT NULL,
    suspended_by BIGINT        NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    starts_at    DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6)   NOT NULL,
    lifted_at    DATETIME(6),
    lifted_by    BIGINT,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_suspension_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_forum_suspension_moderator FOREIGN KEY (suspended_by) REFERENCES person (id),
    CONSTRAINT fk_forum_suspension_lifter FOREIGN KEY (lifted_by) REFERENCES person (id),
    INDEX ix_forum_suspension_person (person_id, lifted_at, ends_at),
    INDEX ix_forum_suspension_active (lifted_at, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
