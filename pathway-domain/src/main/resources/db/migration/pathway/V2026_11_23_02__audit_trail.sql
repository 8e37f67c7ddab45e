-- The append-only audit trail shared by every module. Each entry carries the hash of the
-- one before; the head row holds the newest hash and serialises appends.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    actor_name    VARCHAR(100)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject_type  VARCHAR(40)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    details       VARCHAR(2000) NOT NULL,
    previous_hash VARCHAR(64)      NOT NULL,
    entry_hash    VARCHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_subject (subject_type, subject_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
