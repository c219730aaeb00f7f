-- The mentor corps: staff mentors, and peer mentors who are students from later cohorts (their own student record).
CREATE TABLE mentor (
    id          BIGINT       PRIMARY KEY,
    profile_id  BIGINT       NOT NULL UNIQUE REFERENCES user_profile (id),
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('PEER', 'STAFF')),
    student_id  BIGINT       REFERENCES student (id),
    version     BIGINT       NOT NULL,
    CHECK ((kind = 'PEER') = (student_id IS NOT NULL))
);

-- An individual mentor assignment has an agreed cadence; a mentee with no session within it is overdue.
ALTER TABLE assignment ADD COLUMN cadence VARCHAR(20) CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY'));

-- A peer mentor's small group of mentees, put together by age, work or education experience.
CREATE TABLE mentor_cluster (
    id         BIGINT        PRIMARY KEY,
    mentor_id  BIGINT        NOT NULL REFERENCES mentor (id),
    name       VARCHAR(100)  NOT NULL,
    basis      VARCHAR(30)   NOT NULL CHECK (basis IN ('AGE', 'WORK_EXPERIENCE', 'EDUCATION_EXPERIENCE')),
    version    BIGINT        NOT NULL,
    UNIQUE (mentor_id, name)
);

CREATE TABLE mentor_cluster_member (
    cluster_id  BIGINT NOT NULL REFERENCES mentor_cluster (id),
    student_id  BIGINT NOT NULL REFERENCES student (id),
    PRIMARY KEY (cluster_id, student_id)
);

-- A mentor's session with one mentee or a cluster (logged once, with who attended). The summary reaches the
-- contact person only when the mentor shares it; a follow-up flag gives the contact person a task.
CREATE TABLE mentor_session (
    id                 BIGINT        PRIMARY KEY,
    mentor_profile_id  BIGINT        NOT NULL REFERENCES user_profile (id),
    format             VARCHAR(20)   NOT NULL CHECK (format IN ('INDIVIDUAL', 'GROUP')),
    cluster_id         BIGINT        REFERENCES mentor_cluster (id),
    held_on            DATE          NOT NULL,
    duration_minutes   INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    summary            TEXT          NOT NULL,
    summary_shared     BOOLEAN       NOT NULL,
    follow_up_message  TEXT,
    logged_at          TIMESTAMPTZ   NOT NULL,
    CHECK ((format = 'GROUP') = (cluster_id IS NOT NULL)),
    CHECK (held_on <= logged_at::date + 1)
);
CREATE INDEX mentor_session_mentor ON mentor_session (mentor_profile_id, held_on);

CREATE TABLE mentor_session_topic (
    session_id  BIGINT       NOT NULL REFERENCES mentor_session (id),
    topic       VARCHAR(20)  NOT NULL CHECK (topic IN ('ACADEMIC', 'SOCIAL', 'PLACEMENT', 'WELL_BEING', 'PRACTICAL')),
    PRIMARY KEY (session_id, topic)
);

CREATE TABLE mentor_session_attendee (
    session_id  BIGINT NOT NULL REFERENCES mentor_session (id),
    student_id  BIGINT NOT NULL REFERENCES student (id),
    PRIMARY KEY (session_id, student_id)
);
CREATE INDEX mentor_session_attendee_student ON mentor_session_attendee (student_id);
REVOKE UPDATE, DELETE, TRUNCATE ON mentor_session, mentor_session_topic, mentor_session_attendee FROM "${app_user}";

-- A flagged session gives the student's contact person a task with the mentor's message.
ALTER TABLE task DROP CONSTRAINT task_kind_check;
ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN ('TRANSITION', 'MENTOR_FOLLOW_UP'));
ALTER TABLE task ADD COLUMN session_id BIGINT REFERENCES mentor_session (id);
ALTER TABLE task ADD COLUMN message TEXT;
ALTER TABLE task ADD CHECK (kind <> 'MENTOR_FOLLOW_UP' OR (session_id IS NOT NULL AND message IS NOT NULL));
