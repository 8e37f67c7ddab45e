-- Design-forum meetings: a workspace forum's meetings, their agendas, who attended, what was
-- decided and who does what next. Times are stored in UTC and shown in Europe/London.
-- Lengths match MeetingLimits.
CREATE TABLE forum_meeting (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    forum_id             BIGINT         NOT NULL,
    workspace_id         BIGINT         NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    starts_at            DATETIME(6)    NOT NULL,
    ends_at              DATETIME(6)    NOT NULL,
    mode                 VARCHAR(20)    NOT NULL,
    venue                VARCHAR(300),
    link                 VARCHAR(500),
    status               VARCHAR(20)    NOT NULL,
    cancelled_reason     VARCHAR(500),
    organiser_id         BIGINT         NOT NULL,
    minutes_thread_id    BIGINT,
    minutes_published_at DATETIME(6),
    created_at           DATETIME(6)    NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_meeting_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    CONSTRAINT fk_forum_meeting_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_forum_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES person (id),
    CONSTRAINT fk_forum_meeting_thread FOREIGN KEY (minutes_thread_id) REFERENCES forum_thread (id),
    INDEX ix_forum_meeting_forum (forum_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agenda, in order: the workspace's proposal awaiting sign-off, threads members put
-- forward, and items the organisers wrote.
CREATE TABLE forum_meeting_agenda_item (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT         NOT NULL,
    position    INT            NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    proposal_id BIGINT,
    thread_id   BIGINT,
    text        VARCHAR(500)   NOT NULL,
    raised_by   BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_meeting_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES forum_meeting (id),
    CONSTRAINT fk_forum_meeting_agenda_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    CONSTRAINT fk_forum_meeting_agenda_raised_by FOREIGN KEY (raised_by) REFERENCES person (id),
    CONSTRAINT uk_forum_meeting_agenda_thread UNIQUE (meeting_id, thread_id),
    CONSTRAINT uk_forum_meeting_agenda_proposal UNIQUE (meeting_id, proposal_id),
    INDEX ix_forum_meeting_agenda (meeting_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who attended: a member (person_id) or a named guest (guest_name), never both.
CREATE TABLE forum_meeting_attendance (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT         NOT NULL,
    person_id    BIGINT,
    guest_name   VARCHAR(200),
    care_setting VARCHAR(30),
    body         VARCHAR(30)    NOT NULL,
    minutes      INT            NOT NULL,
    recorded_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES forum_meeting (id),
    CONSTRAINT fk_forum_meeting_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_forum_meeting_attendance_person UNIQUE (meeting_id, person_id),
    CONSTRAINT ck_forum_meeting_attendance_who CHECK ((person_id IS NULL) <> (guest_name IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the meeting decided; a decision that changes the pathway names the proposal it went to.
CREATE TABLE forum_meeting_decision (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id      BIGINT         NOT NULL,
    text            VARCHAR(1000)  NOT NULL,
    changes_pathway BOOLEAN        NOT NULL DEFAULT FALSE,
    proposal_id     BIGINT,
    proposal_opened BOOLEAN,
    recorded_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES forum_meeting (id),
    INDEX ix_forum_meeting_decision (meeting_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who does what next, by when.
CREATE TABLE forum_meeting_action (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT         NOT NULL,
    text        VARCHAR(1000)  NOT NULL,
    owner_id    BIGINT         NOT NULL,
    due_on      DATE           NOT NULL,
    done        BOOLEAN        NOT NULL DEFAULT FALSE,
    recorded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_meeting_action_meeting FOREIGN KEY (meeting_id) REFERENCES forum_meeting (id),
    CONSTRAINT fk_forum_meeting_action_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    INDEX ix_forum_meeting_action_meeting (meeting_id, id),
    INDEX ix_forum_meeting_action_owner (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
