-- A mentor shares a session's summary with the contact persons of the attendees it is about, not with every
-- attendee's contact person (docs/consent.md, "Mentor sessions"). An individual session is about its one mentee;
-- in a group session the mentor ticks whom the summary is about.
CREATE TABLE mentor_session_shared_about (
    session_id  BIGINT NOT NULL,
    student_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, student_id),
    FOREIGN KEY (session_id, student_id) REFERENCES mentor_session_attendee (session_id, student_id)
);
REVOKE UPDATE, DELETE, TRUNCATE ON mentor_session_shared_about FROM "${app_user}";

-- A shared individual session stays shared. A shared group session said nothing about whom its summary is about,
-- so it is shared with no one now: the mentor's words stay with the mentor rather than reach a contact person
-- whose student they may not concern.
INSERT INTO mentor_session_shared_about (session_id, student_id)
SELECT s.id, a.student_id
FROM mentor_session s
JOIN mentor_session_attendee a ON a.session_id = s.id
WHERE s.summary_shared AND s.format = 'INDIVIDUAL';

ALTER TABLE mentor_session DROP COLUMN summary_shared;
