-- Refused authenticator and recovery codes per person, counted apart from failed passwords
-- (sign_in_failures) so that a right password never forgives them. The count has no time
-- window: only a right code, or an administrator lifting the pause, ends it (SignInLockout).
-- locks counts the pauses in a row, each twice as long as the one before.
CREATE TABLE code_failures (
    person_id       BIGINT      NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    locks           INT         NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_code_failures_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
