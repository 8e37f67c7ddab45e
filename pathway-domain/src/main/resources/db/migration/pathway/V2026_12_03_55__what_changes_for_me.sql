-- "What changes for me": when each person last opened the page (the default start of what it
-- shows) and whether they want the same by e-mail once a week. No row means never opened, no e-mail.
CREATE TABLE changes_reader (
    person_id     BIGINT      NOT NULL,
    last_visit_at DATETIME(6),
    weekly        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_changes_reader_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One weekly e-mail per person and week (the Monday, London time, it belongs to): the unique key
-- keeps it to one when the job runs twice or on two nodes. covered_to is where the next one starts.
CREATE TABLE changes_weekly_mail (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    person_id    BIGINT      NOT NULL,
    week_start   DATE        NOT NULL,
    covered_from DATETIME(6) NOT NULL,
    covered_to   DATETIME(6) NOT NULL,
    versions     INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_changes_weekly_mail_week UNIQUE (person_id, week_start),
    CONSTRAINT fk_changes_weekly_mail_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
