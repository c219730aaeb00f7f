-- Students, placements, placement periods, assignments, cases and the audit trail.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One id sequence for all core records; EclipseLink takes each value as the last of a block of 50.
CREATE SEQUENCE record_seq START WITH 50 INCREMENT BY 50;

-- People the school knows by their Keycloak username, registered before their first sign-in.
ALTER TABLE user_profile ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE user_profile ALTER COLUMN first_sign_in DROP NOT NULL;
ALTER TABLE user_profile ALTER COLUMN last_sign_in DROP NOT NULL;
ALTER TABLE user_profile ADD CONSTRAINT user_profile_username_key UNIQUE (username);

CREATE TABLE student (
    id                BIGINT       PRIMARY KEY,
    student_number    VARCHAR(12)  NOT NULL UNIQUE,
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    birth_date        DATE         NOT NULL,
    gender            VARCHAR(20),
    programme         VARCHAR(3)   NOT NULL CHECK (programme IN ('SSH', 'SSA', 'PA')),
    site              VARCHAR(30)  NOT NULL,
    team              VARCHAR(40)  NOT NULL,
    start_date        DATE         NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    status_date       DATE         NOT NULL,
    username          VARCHAR(255) UNIQUE,
    version           BIGINT       NOT NULL
);
CREATE INDEX student_name_search ON student USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX student_sort ON student (last_name, first_name, id);

CREATE TABLE student_status_change (
    id             BIGINT       PRIMARY KEY,
    student_id     BIGINT       NOT NULL REFERENCES student (id),
    status         VARCHAR(30)  NOT NULL,
    effective_date DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    changed_by     VARCHAR(255) NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX student_status_change_student ON student_status_change (student_id);

CREATE TABLE placement (
    id         BIGINT       PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    type       VARCHAR(30)  NOT NULL,
    size       VARCHAR(10)  NOT NULL,
    area       VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE placement_speciality (
    placement_id BIGINT      NOT NULL REFERENCES placement (id),
    speciality   VARCHAR(30) NOT NULL,
    PRIMARY KEY (placement_id, speciality)
);

CREATE TABLE placement_supervisor (
    placement_id BIGINT NOT NULL REFERENCES placement (id),
    profile_id   BIGINT NOT NULL REFERENCES user_profile (id),
    PRIMARY KEY (placement_id, profile_id)
);

CREATE TABLE placement_period (
    id           BIGINT     PRIMARY KEY,
    student_id   BIGINT     NOT NULL REFERENCES student (id),
    placement_id BIGINT     NOT NULL REFERENCES placement (id),
    period_code  VARCHAR(4) NOT NULL,
    start_date   DATE       NOT NULL,
    end_date     DATE       NOT NULL CHECK (end_date >= start_date),
    version      BIGINT     NOT NULL,
    -- A student is in one placement at a time; the service says so in plain words first.
    EXCLUDE USING gist (student_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE INDEX placement_period_placement ON placement_period (placement_id, end_date);

CREATE TABLE period_supervisor (
    period_id  BIGINT NOT NULL REFERENCES placement_period (id),
    profile_id BIGINT NOT NULL REFERENCES user_profile (id),
    PRIMARY KEY (period_id, profile_id)
);
CREATE INDEX period_supervisor_profile ON period_supervisor (profile_id);

CREATE TABLE assignment (
    id           BIGINT       PRIMARY KEY,
    student_id   BIGINT       NOT NULL REFERENCES student (id),
    profile_id   BIGINT       NOT NULL REFERENCES user_profile (id),
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('CONTACT_PERSON', 'MENTOR')),
    mentor_type  VARCHAR(20)  CHECK (mentor_type IN ('PEER', 'INDIVIDUAL')),
    valid_from   DATE         NOT NULL,
    -- Ended before it began (a cancelled future assignment): the day before valid_from.
    valid_to     DATE         CHECK (valid_to >= valid_from - 1),
    created_by   VARCHAR(255) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    ended_reason VARCHAR(500),
    version      BIGINT       NOT NULL,
    CHECK ((kind = 'MENTOR') = (mentor_type IS NOT NULL))
);
CREATE INDEX assignment_profile ON assignment (profile_id, kind, valid_from);
CREATE INDEX assignment_student ON assignment (student_id);

CREATE TABLE student_case (
    id           BIGINT       PRIMARY KEY,
    student_id   BIGINT       NOT NULL REFERENCES student (id),
    opened_by    VARCHAR(255) NOT NULL,
    opened_at    TIMESTAMPTZ  NOT NULL,
    closed_by    VARCHAR(255),
    closed_at    TIMESTAMPTZ,
    close_reason VARCHAR(500),
    version      BIGINT       NOT NULL
);
CREATE UNIQUE INDEX student_case_one_open ON student_case (student_id) WHERE closed_at IS NULL;

CREATE TABLE journal_entry (
    id          BIGINT       PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES student_case (id),
    entry_date  DATE         NOT NULL,
    text        TEXT         NOT NULL,
    author      VARCHAR(255) NOT NULL,
    written_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX journal_entry_case ON journal_entry (case_id, entry_date);

-- The audit trail: written in the transaction of what it records; refusals in one of their own.
CREATE TABLE audit_event (
    id             BIGINT       PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_subject  VARCHAR(255),
    actor_username VARCHAR(255) NOT NULL,
    actor_roles    VARCHAR(500) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    record_type    VARCHAR(40)  NOT NULL,
    record_id      BIGINT,
    student_id     BIGINT,
    outcome        VARCHAR(10)  NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    reason         VARCHAR(500)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_student ON audit_event (student_id, occurred_at DESC);
CREATE INDEX audit_event_actor ON audit_event (actor_username, occurred_at DESC);

-- Append-only for the application: it may add and read events, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM "${app_user}";
