-- What a reader saw is stored as data, never as text to be parsed back (docs/audit.md): the part of a student's
-- record shown, and each need shown with how much of it. Events written before are converted, and the chain is
-- sealed again over the converted content, but only after it has been checked intact: a broken chain stops the
-- migration (and the deployment) instead of being sealed over.

DO $$
DECLARE
    broken BIGINT;
BEGIN
    SELECT chain_seq INTO broken FROM (
        SELECT e.chain_seq, e.hash, e.previous_hash, audit_event_hash(e.previous_hash, e) AS expected,
               lag(e.hash) OVER w AS before_hash, lag(e.chain_seq) OVER w AS before_seq
        FROM audit_event e WHERE e.chain_seq IS NOT NULL WINDOW w AS (ORDER BY e.chain_seq)) t
    WHERE hash IS DISTINCT FROM expected OR chain_seq <> coalesce(before_seq, 0) + 1
       OR previous_hash IS DISTINCT FROM coalesce(before_hash, 'genesis')
    ORDER BY chain_seq LIMIT 1;
    IF broken IS NOT NULL THEN
        RAISE EXCEPTION 'The audit trail''s hash chain is broken at place %; it is not converted or sealed again. '
            'Ask the data protection officer to examine it before this version is deployed.', broken;
    END IF;
END;
$$;

ALTER TABLE audit_event ADD COLUMN student_view VARCHAR(20)
    CHECK (student_view IN ('FULL', 'PLACEMENT', 'MENTORING'));

CREATE TABLE audit_seen_need (
    event_id  BIGINT      NOT NULL REFERENCES audit_event (id),
    position  INT         NOT NULL,
    need_id   BIGINT,
    category  VARCHAR(40) NOT NULL,
    level     VARCHAR(20) NOT NULL CHECK (level IN ('ACCOMMODATIONS', 'FULL')),
    PRIMARY KEY (event_id, position)
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seen_need FROM "${app_user}";

-- Converting what was written as text: "CATEGORY:LEVEL;CATEGORY:LEVEL" (or "-" for nothing) for a view of needs,
-- "to link an offer: CATEGORY;CATEGORY" when a contact person chose needs for an offer, the view's name for a
-- view of the record.
INSERT INTO audit_seen_need (event_id, position, category, level)
SELECT e.id, item.n - 1, split_part(item.seen, ':', 1), split_part(item.seen, ':', 2)
FROM audit_event e, regexp_split_to_table(e.reason, ';') WITH ORDINALITY AS item (seen, n)
WHERE e.action = 'VIEW_NEEDS' AND e.outcome = 'ALLOWED'
  AND e.reason ~ '^[A-Z_]+:(FULL|ACCOMMODATIONS)(;[A-Z_]+:(FULL|ACCOMMODATIONS))*$';
UPDATE audit_event SET reason = NULL
WHERE action = 'VIEW_NEEDS' AND outcome = 'ALLOWED'
  AND (reason = '-' OR reason ~ '^[A-Z_]+:(FULL|ACCOMMODATIONS)(;[A-Z_]+:(FULL|ACCOMMODATIONS))*$');

INSERT INTO audit_seen_need (event_id, position, category, level)
SELECT e.id, item.n - 1, item.category, 'FULL'
FROM audit_event e,
     regexp_split_to_table(substring(e.reason FROM '^to link an offer: (.*)$'), ';') WITH ORDINALITY AS item (category, n)
WHERE e.action = 'VIEW_NEEDS' AND e.outcome = 'ALLOWED' AND e.reason ~ '^to link an offer: [A-Z_]+(;[A-Z_]+)*$';
UPDATE audit_event SET reason = 'to link an offer'
WHERE action = 'VIEW_NEEDS' AND outcome = 'ALLOWED' AND reason ~ '^to link an offer: ';

UPDATE audit_event SET student_view = reason, reason = NULL
WHERE action = 'VIEW' AND outcome = 'ALLOWED' AND reason IN ('FULL', 'PLACEMENT', 'MENTORING');

-- The hash covers the new fields. concat_ws leaves out what is NULL, so an event without them hashes as before.
CREATE OR REPLACE FUNCTION audit_event_hash(previous_hash TEXT, e audit_event) RETURNS TEXT
    LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', previous_hash, e.chain_seq, e.id,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(e.actor_subject, '-'), e.actor_username, e.actor_roles, e.action, e.record_type,
        coalesce(e.record_id::text, '-'), coalesce(e.student_id::text, '-'), e.outcome,
        coalesce(e.reason, '-'), coalesce(e.organisation, '-'), e.student_view,
        (SELECT string_agg(concat_ws(':', s.position, coalesce(s.need_id::text, '-'), s.category, s.level), ','
                           ORDER BY s.position)
         FROM audit_seen_need s WHERE s.event_id = e.id)), 'UTF8')), 'hex')
$$;

DO $$
DECLARE
    e         audit_event;
    last_hash TEXT := 'genesis';
BEGIN
    FOR e IN SELECT * FROM audit_event WHERE chain_seq IS NOT NULL ORDER BY chain_seq LOOP
        UPDATE audit_event SET previous_hash = last_hash, hash = audit_event_hash(last_hash, e) WHERE id = e.id;
        last_hash := audit_event_hash(last_hash, e);
    END LOOP;
END;
$$;

-- What an event saw is written with the event, before it is sealed; afterwards nothing can be added to it.
CREATE FUNCTION refuse_seen_need_after_seal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT chain_seq FROM audit_event WHERE id = NEW.event_id) IS NOT NULL THEN
        RAISE EXCEPTION 'audit event % is sealed', NEW.event_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_seen_need_unsealed BEFORE INSERT ON audit_seen_need
    FOR EACH ROW EXECUTE FUNCTION refuse_seen_need_after_seal();
