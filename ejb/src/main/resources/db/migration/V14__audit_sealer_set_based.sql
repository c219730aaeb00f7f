-- The sealer reads what each event of a batch hashes in one query, and only the chaining itself is done one event
-- at a time (docs/audit.md, "Sealing"). Until now every event cost a call of audit_event_hash, a function of its
-- own with two queries, which made that call most of the sealer's time. The hashed text is unchanged, byte for
-- byte: the previous hash, then the event's fields, what it saw and the students it listed, joined by '|'
-- (concat_ws leaves out what is NULL; the previous hash never is). The application's chain check
-- (ChainLink.expectedHash) computes the same text on its own and so checks this function.
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
                FROM audit_listed_student l WHERE l.event_id = b.id)) AS content
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

-- Nothing else hashes an event in the database any more.
DROP FUNCTION audit_event_hash(TEXT, audit_event);
