-- Identities at OpenID Connect providers, each linked to one person. After the first
-- sign-in a person is found by (issuer, subject), never again by e-mail address.
-- Column sizes match org.joinedup.identity.people.ExternalIdentity.
CREATE TABLE external_identity (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    person_id       BIGINT       NOT NULL,
    issuer          VARCHAR(255) NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    registration_id VARCHAR(100) NOT NULL,
    linked_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_external_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_external_identity_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_external_identity_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
