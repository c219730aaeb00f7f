-- Erasure of a student's data (docs/data-protection.md): by the retention schedule, one category at a time once its
-- time after the student left has passed, or all at once on a decided erasure request. Much of what is erased is
-- append-only to the application (it may not delete it), so the erasure is one function that runs as the owner.

-- An erased student keeps an anonymous row, so that the counts of the reports stay right and the audit trail's
-- student ids point at no one: the programme, site, team, start, status and the birth year stay, the rest goes.
ALTER TABLE student ADD COLUMN erased_at TIMESTAMPTZ;

-- The events whose personal content may still be erased, by age and by the student who did them: the trail holds
-- millions, and neither erasure may read them all.
CREATE INDEX audit_event_content_unerased ON audit_event (occurred_at)
    WHERE content_digest IS NOT NULL AND erased_at IS NULL;
CREATE INDEX audit_event_actor_subject ON audit_event (actor_subject) WHERE content_digest IS NOT NULL;

-- What was erased, when, by whom and why: the schedule ('brobygger'), or the data protection officer for a request.
CREATE TABLE data_erasure (
    id          BIGINT       PRIMARY KEY,
    student_id  BIGINT       NOT NULL REFERENCES student (id),
    category    VARCHAR(20)  NOT NULL CHECK (category IN ('NEEDS', 'CASE', 'RECORD')),
    request_id  BIGINT       REFERENCES data_request (id),
    erased_by   VARCHAR(255) NOT NULL,
    erased_at   TIMESTAMPTZ  NOT NULL,
    reason      VARCHAR(2000),
    rows_erased INT          NOT NULL,
    UNIQUE (student_id, category)
);
CREATE INDEX data_erasure_request ON data_erasure (request_id);
REVOKE UPDATE, DELETE, TRUNCATE ON data_erasure FROM "${app_user}";

-- A completed assessment's marks are never changed, except that the table's owner deletes them with the rest of
-- an erased student's training plan.
CREATE OR REPLACE FUNCTION plan_assessment_goal_open_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_user = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                            WHERE c.oid = TG_RELID) THEN
        RETURN OLD;
    END IF;
    -- completed before this transaction: the confirmation that completes it is written with its last marks
    IF EXISTS (SELECT 1 FROM plan_assessment a WHERE a.id = coalesce(OLD.assessment_id, NEW.assessment_id)
               AND a.supervisor_confirmed_at IS NOT NULL AND a.student_confirmed_at IS NOT NULL
               AND a.xmin <> pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'a completed assessment is not changed: a correction is a new revision';
    END IF;
    RETURN coalesce(NEW, OLD);
END;
$$;

-- Erases one category of a student's data and returns how many rows it erased:
--   NEEDS:  needs with every version, consents, and the mentor sessions only they attended (their attendance of a
--           group's session, and what was shared about them there);
--   CASE:   the case and its journal;
--   RECORD: all the above, the rest of the record (offers, tasks, contact persons and mentors, periods with their
--           training plans, status history, copies produced), the personal content of their audit events, and
--           the student's own row made anonymous. The register of requests keeps its rows: it is the school's
--           record of how a request was handled.
-- Refused while a request to restrict processing is open for the student.
CREATE FUNCTION erase_student_data(erased BIGINT, erased_category TEXT) RETURNS INT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    n       INT := 0;
    counted INT;
    subject TEXT;
BEGIN
    IF EXISTS (SELECT 1 FROM data_request WHERE student_id = erased AND kind = 'RESTRICTION' AND status = 'OPEN') THEN
        RAISE EXCEPTION 'student % has an open request to restrict processing: nothing is erased', erased;
    END IF;
    IF erased_category IN ('NEEDS', 'RECORD') THEN
        CREATE TEMP TABLE own_sessions ON COMMIT DROP AS
            SELECT a.session_id FROM mentor_session_attendee a GROUP BY a.session_id
            HAVING bool_and(a.student_id = erased) AND bool_or(a.student_id = erased);
        DELETE FROM consent_need WHERE consent_id IN (SELECT id FROM consent WHERE student_id = erased);
        DELETE FROM consent WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DELETE FROM student_offer_need WHERE need_id IN (SELECT id FROM need WHERE student_id = erased);
        DELETE FROM need_revision WHERE need_id IN (SELECT id FROM need WHERE student_id = erased);
        DELETE FROM need WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DELETE FROM task WHERE session_id IN (SELECT session_id FROM own_sessions);
        DELETE FROM mentor_session_shared_about WHERE student_id = erased;
        DELETE FROM mentor_session_topic WHERE session_id IN (SELECT session_id FROM own_sessions);
        DELETE FROM mentor_session_attendee WHERE student_id = erased;
        DELETE FROM mentor_session WHERE id IN (SELECT session_id FROM own_sessions);
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DROP TABLE own_sessions;
    END IF;
    IF erased_category IN ('CASE', 'RECORD') THEN
        DELETE FROM journal_entry WHERE case_id IN (SELECT id FROM student_case WHERE student_id = erased);
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DELETE FROM student_case WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
    END IF;
    IF erased_category = 'RECORD' THEN
        SELECT p.subject INTO subject FROM student s JOIN user_profile p ON p.id = s.account_id WHERE s.id = erased;
        n := n + erase_audit_content(erased, subject);
        DELETE FROM student_offer_event WHERE student_offer_id IN (SELECT id FROM student_offer
                                                                   WHERE student_id = erased);
        DELETE FROM student_offer WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DELETE FROM task WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        CREATE TEMP TABLE own_periods ON COMMIT DROP AS SELECT id FROM placement_period WHERE student_id = erased;
        DELETE FROM plan_assessment_goal WHERE assessment_id IN (
            SELECT a.id FROM plan_assessment a JOIN training_plan t ON t.id = a.plan_id
            WHERE t.period_id IN (SELECT id FROM own_periods));
        DELETE FROM plan_assessment WHERE plan_id IN (SELECT id FROM training_plan
                                                      WHERE period_id IN (SELECT id FROM own_periods));
        DELETE FROM training_plan_goal WHERE plan_id IN (SELECT id FROM training_plan
                                                         WHERE period_id IN (SELECT id FROM own_periods));
        DELETE FROM training_plan WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM period_statement WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM period_absence WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM plan_share WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM period_supervisor WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM period_former_supervisor WHERE period_id IN (SELECT id FROM own_periods);
        DELETE FROM placement_period WHERE id IN (SELECT id FROM own_periods);
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DROP TABLE own_periods;
        DELETE FROM mentor_cluster_member WHERE student_id = erased;
        DELETE FROM assignment WHERE student_id = erased;
        GET DIAGNOSTICS counted = ROW_COUNT; n := n + counted;
        DELETE FROM student_status_change WHERE student_id = erased;
        DELETE FROM data_copy WHERE student_id = erased;
        UPDATE student SET first_name = 'Slettet', last_name = 'elev', student_number = 'X' || id,
                           birth_date = date_trunc('year', birth_date)::date, gender = NULL, account_id = NULL,
                           erased_at = now()
            WHERE id = erased;
        n := n + 1;
    END IF;
    RETURN n;
END;
$$;
REVOKE ALL ON FUNCTION erase_student_data(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_student_data(BIGINT, TEXT) TO "${app_user}";

-- The audit trail's own period: the personal content of the events older than the cutoff is erased (the chain keeps
-- their digests); events sealed in the first format keep theirs. Returns how many events it erased.
CREATE FUNCTION erase_audit_content_before(cutoff TIMESTAMPTZ, at_most INT) RETURNS INT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    erased INT;
BEGIN
    CREATE TEMP TABLE due ON COMMIT DROP AS
        SELECT id FROM audit_event WHERE occurred_at < cutoff AND content_digest IS NOT NULL AND erased_at IS NULL
        ORDER BY id LIMIT at_most;
    DELETE FROM audit_seen_need WHERE event_id IN (SELECT id FROM due);
    UPDATE audit_event SET reason = NULL, actor_subject = NULL, actor_username = '-', erased_at = now()
        WHERE id IN (SELECT id FROM due);
    GET DIAGNOSTICS erased = ROW_COUNT;
    DROP TABLE due;
    RETURN erased;
END;
$$;
REVOKE ALL ON FUNCTION erase_audit_content_before(TIMESTAMPTZ, INT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_audit_content_before(TIMESTAMPTZ, INT) TO "${app_user}";
