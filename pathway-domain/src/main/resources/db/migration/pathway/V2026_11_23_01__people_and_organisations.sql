-- People, the organisations they belong to and the roles they hold. Patient partners
-- need not belong to an organisation; only ACTIVE accounts can sign in.
-- Column sizes match org.joinedup.identity.people.PeopleLimits.

CREATE TABLE organisation (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(40)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    real_name       VARCHAR(100),
    password_hash   VARCHAR(100),
    organisation_id BIGINT,
    care_setting    VARCHAR(20),
    profession      VARCHAR(100),
    status          VARCHAR(20)  NOT NULL,
    guidelines_accepted_at DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6),
    previous_sign_in_at DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_person_display_name (display_name),
    INDEX ix_person_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
