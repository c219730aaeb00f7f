-- A list is one audit event that names the students it showed (docs/audit.md, "What was seen is data"), not one
-- event per student: the students keep seeing, in their access log, that they appeared in a list, and a view of
-- 25 rows costs one event to write and to seal instead of 25.
CREATE TABLE audit_listed_student (
    event_id   BIGINT NOT NULL REFERENCES audit_event (id),
    position   INT    NOT NULL,
    student_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX audit_listed_student_student ON audit_listed_student (student_id);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_listed_student FROM "${app_user}";

-- Written with its event, before the seal; afterwards nothing can be added to the list.
CREATE TRIGGER audit_listed_student_unsealed BEFORE INSERT ON audit_listed_student
    FOR EACH ROW EXECUTE FUNCTION refuse_seen_need_after_seal();

-- The hash covers the list, after the seen needs, marked so that it cannot be taken for them. concat_ws leaves
-- out what is NULL, so an event without a list hashes as before and the chain stays intact.
CREATE OR REPLACE FUNCTION audit_event_hash(previous_hash TEXT, e audit_event) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', previous_hash, e.chain_seq, e.id,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(e.actor_subject, '-'), e.actor_username, e.actor_roles, e.action, e.record_type,
        coalesce(e.record_id::text, '-'), coalesce(e.student_id::text, '-'), e.outcome,
        coalesce(e.reason, '-'), coalesce(e.organisation, '-'), e.student_view,
        (SELECT string_agg(concat_ws(':', s.position, coalesce(s.need_id::text, '-'), s.category, s.level), ','
                           ORDER BY s.position)
         FROM audit_seen_need s WHERE s.event_id = e.id),
        (SELECT 'listed:' || string_agg(l.student_id::text, ',' ORDER BY l.position)
         FROM audit_listed_student l WHERE l.event_id = e.id)), 'UTF8')), 'hex')
$$;
