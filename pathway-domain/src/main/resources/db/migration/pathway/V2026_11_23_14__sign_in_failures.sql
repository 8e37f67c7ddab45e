-- Failed sign-ins per e-mail address, registered or not, and the pause they lead to.
-- The address is kept only as the hex SHA-256 of its lower-case form (SignInLockout),
-- so addresses typed by people without an account are not stored in clear. Rows without
-- a failure for a day, and not paused, are deleted.
CREATE TABLE sign_in_failures (
    account_key       VARCHAR(64) NOT NULL,
    failures          INT         NOT NULL,
    window_started_at DATETIME(6) NOT NULL,
    last_failure_at   DATETIME(6) NOT NULL,
    locked_until      DATETIME(6) NULL,
    locks             INT         NOT NULL,
    PRIMARY KEY (account_key),
    INDEX ix_sign_in_failures_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- New password hashes are PBKDF2 (AccessConfiguration), longer than bcrypt's; room for a later algorithm too.
ALTER TABLE person MODIFY password_hash VARCHAR(255);
