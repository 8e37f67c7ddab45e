-- Confirming a self-registered e-mail address, and choosing a new password, through
-- single-use links e-mailed to the person (org.joinedup.identity.people.AccountTokens).
-- Only the SHA-256 digest of each link's secret is kept.

ALTER TABLE person ADD COLUMN email_confirmed_at DATETIME(6) NULL;

-- Accounts that exist already were set up by an administrator or through an identity
-- provider, or registered before addresses were confirmed and since approved: their
-- addresses count as confirmed. Self-registrations still waiting must confirm theirs
-- (they can ask for a link on the confirmation page) before they can be approved.
UPDATE person SET email_confirmed_at = created_at
WHERE status <> 'PENDING_APPROVAL' OR password_hash IS NULL;

CREATE TABLE account_token (
    token_hash VARCHAR(64) NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    person_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_account_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_account_token_person (person_id, purpose),
    INDEX ix_account_token_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
