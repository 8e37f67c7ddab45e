-- The shared notification centre: in-app notifications for each person, the daily digest
-- of decisions that wait on them (at most one per person and day, whichever node sends
-- it), and whether they want that digest. Column sizes match
-- org.joinedup.platform.notification.NotificationLimits.

CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    link         VARCHAR(500) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_notification_recipient (recipient_id, created_at, id),
    INDEX ix_notification_unread (recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_digest (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    recipient_id    BIGINT      NOT NULL,
    digest_day      DATE        NOT NULL,
    waiting         INT         NOT NULL,
    body            TEXT        NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    notification_id BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_digest_day UNIQUE (recipient_id, digest_day),
    CONSTRAINT fk_notification_digest_recipient FOREIGN KEY (recipient_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_digest_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
        ON DELETE SET NULL,
    INDEX ix_notification_digest_notification (notification_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_digest_item (
    digest_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    title     VARCHAR(200) NOT NULL,
    link      VARCHAR(500) NOT NULL,
    due_by    DATE,
    PRIMARY KEY (digest_id, position),
    CONSTRAINT fk_notification_digest_item_digest FOREIGN KEY (digest_id) REFERENCES notification_digest (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No row means the defaults: the digest is on.
CREATE TABLE notification_preference (
    person_id      BIGINT      NOT NULL,
    digest_enabled BOOLEAN     NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_notification_preference_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
