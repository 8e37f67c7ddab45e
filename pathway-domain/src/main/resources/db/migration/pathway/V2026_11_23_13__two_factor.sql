-- Two-step sign-in: each person's authenticator secret (encrypted by the portal before it
-- is stored, never in clear) and their single-use recovery codes (hashed like passwords).
-- last_used_step is the newest 30-second time step whose code was accepted, so a code is
-- never accepted twice.

CREATE TABLE second_factor (
    person_id         BIGINT       NOT NULL,
    secret_ciphertext VARCHAR(200) NOT NULL,
    enrolled_at       DATETIME(6)  NOT NULL,
    last_used_step    BIGINT,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_second_factor_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    person_id BIGINT       NOT NULL,
    code_hash VARCHAR(255) NOT NULL,
    used_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_recovery_code_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
