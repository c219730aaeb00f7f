-- The audit trail's personal content can be erased while the chain still verifies (docs/audit.md, "Erasure and the
-- chain"). An event now carries a keyed digest of its personal content (who did it, the note, the needs seen),
-- written by the application with the installation's content key, which the database never holds; the chain
-- hashes the digest in the content's place. Events sealed before keep the first format (content_digest NULL),
-- hashed with their content in clear, so the chain and every checkpoint taken before stay valid.
ALTER TABLE audit_event
    ADD COLUMN content_digest CHAR(64),
    ADD COLUMN erased_at      TIMESTAMPTZ,
    ADD CONSTRAINT audit_event_erased_has_digest CHECK (erased_at IS NULL OR content_digest IS NOT NULL);

-- The seal of the second format leaves out the actor's subject and username, the note and the needs seen, and
-- hashes "content:" and the digest after the student view. ChainLink.expectedHash computes the same text.
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
        SELECT b.id, CASE WHEN b.content_digest IS NULL THEN
               concat_ws('|', last_seq + row_number() OVER (ORDER BY b.id), b.id,
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
                   coalesce(b.report_team, '-'), b.report_from_year || '-' || b.report_to_year) END)
               ELSE
               concat_ws('|', last_seq + row_number() OVER (ORDER BY b.id), b.id,
               to_char(b.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
               b.actor_roles, b.action, b.record_type,
               coalesce(b.record_id::text, '-'), coalesce(b.student_id::text, '-'), b.outcome,
               coalesce(b.organisation, '-'), b.student_view, 'content:' || b.content_digest,
               (SELECT 'listed:' || string_agg(l.student_id::text, ',' ORDER BY l.position)
                FROM audit_listed_student l WHERE l.event_id = b.id),
               CASE WHEN b.report_from_year IS NOT NULL THEN concat_ws(':', 'report', coalesce(b.report_site, '-'),
                   coalesce(b.report_team, '-'), b.report_from_year || '-' || b.report_to_year) END)
               END AS content
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

-- Erases the personal content of the events about a student and of the events the student did themself (by their
-- account's subject), where the event has a digest: the note and the needs seen, and the student's own name as the
-- actor. What stays is what the chain needs (the digest) and what no longer points at a person: the action, the
-- time, the record's and the student's ids, the roles and the organisation. Runs as the owner: the application may
-- neither change nor delete audit rows itself. Returns how many events it erased.
CREATE FUNCTION erase_audit_content(erased_student BIGINT, student_subject TEXT) RETURNS INT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    erased INT;
BEGIN
    DELETE FROM audit_seen_need s USING audit_event e
        WHERE s.event_id = e.id AND e.content_digest IS NOT NULL
          AND (e.student_id = erased_student OR e.actor_subject = student_subject);
    UPDATE audit_event SET reason = NULL, erased_at = coalesce(erased_at, now()),
                           actor_subject = CASE WHEN actor_subject = student_subject THEN NULL ELSE actor_subject END,
                           actor_username = CASE WHEN actor_subject = student_subject THEN '-' ELSE actor_username END
        WHERE content_digest IS NOT NULL AND (student_id = erased_student OR actor_subject = student_subject);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END;
$$;
REVOKE ALL ON FUNCTION erase_audit_content(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_audit_content(BIGINT, TEXT) TO "${app_user}";
