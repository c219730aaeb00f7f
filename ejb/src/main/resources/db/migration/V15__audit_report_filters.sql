-- A report's filters are fields of its audit event (docs/audit.md, "What was seen is data"), not words in its note:
-- the site and team (NULL for all) and the start years, which the report always has, filled in when not chosen.
ALTER TABLE audit_event
    ADD COLUMN report_site      TEXT,
    ADD COLUMN report_team      TEXT,
    ADD COLUMN report_from_year INT,
    ADD COLUMN report_to_year   INT,
    ADD CONSTRAINT audit_event_report_years CHECK ((report_from_year IS NULL) = (report_to_year IS NULL)
        AND (report_from_year IS NOT NULL OR (report_site IS NULL AND report_team IS NULL)));

-- The hash covers them, after the listed students, marked "report:" so that they cannot be taken for another part.
-- An event that is not a report leaves the part out (concat_ws skips NULL), so every event sealed before hashes
-- as it did and the chain stays intact. ChainLink.expectedHash computes the same text.
CREATE OR REPLACE FUNCTION seal_audit_events(batch INT) RETURNS INT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    last_seq  BIGINT;
    last_hash TEXT;
    e         RECORD;
    ids       BIGINT[] := '{}';
    previous  TEXT[] := '{}';
    hashes    TEXT[] := '{}';
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('brobygger.audit_event.chain')) THEN
        RETURN 0;
    END IF;
    SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_event
        WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, 'genesis');
    FOR e IN
        SELECT b.id, concat_ws('|', last_seq + row_number() OVER (ORDER BY b.id), b.id,
               to_char(b.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
               coalesce(b.actor_subject, '-'), b.actor_username, b.actor_roles, b.action, b.record_type,
               coalesce(b.record_id::text, '-'), coalesce(b.student_id::text, '-'), b.outcome,
               coalesce(b.reason, '-'), coalesce(b.organisation, '-'), b.student_view,
               (SELECT string_agg(concat_ws(':', s.position, coalesce(s.need_id::text, '-'), s.category, s.level),
                                  ',' ORDER BY s.position)
                FROM audit_seen_need s WHERE s.event_id = b.id),
               (SELECT 'listed:' || string_agg(l.student_id::text, ',' ORDER BY l.position)
                FROM audit_listed_student l WHERE l.event_id = b.id),
               CASE WHEN b.report_from_year IS NOT NULL THEN concat_ws(':', 'report', coalesce(b.report_site, '-'),
                   coalesce(b.report_team, '-'), b.report_from_year || '-' || b.report_to_year) END) AS content
        FROM (SELECT id FROM audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT batch) k
        JOIN audit_event b ON b.id = k.id
        ORDER BY b.id
    LOOP
        ids := ids || e.id;
        previous := previous || last_hash;
        last_hash := encode(sha256(convert_to(last_hash || '|' || e.content, 'UTF8')), 'hex');
        hashes := hashes || last_hash;
    END LOOP;
    UPDATE audit_event a SET chain_seq = last_seq + u.n, previous_hash = u.previous_hash, hash = u.hash
        FROM unnest(ids, previous, hashes) WITH ORDINALITY AS u (id, previous_hash, hash, n)
        WHERE a.id = u.id;
    RETURN cardinality(ids);
END;
$$;
