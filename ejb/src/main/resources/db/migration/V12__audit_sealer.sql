-- Sealing leaves the user's request (docs/audit.md, "Sealing"). Until now each event was sealed by a trigger at
-- its transaction's commit, under one lock for the whole installation, so every request that wrote an event
-- waited for every other. Now a request only inserts its events, and one sealer (AuditSealer, every second)
-- chains the committed events in batches, oldest first. Events the sealer has not reached yet simply wait for
-- its next run, also after a crash.
DROP TRIGGER audit_event_seal ON audit_event;
DROP FUNCTION seal_audit_event();

CREATE INDEX audit_event_unsealed ON audit_event (id) WHERE chain_seq IS NULL;

-- Seals at most `batch` committed events after the chain's head and returns how many it sealed; 0 at once when
-- another sealer holds the chain. It runs with the schema owner's rights: the application's user may call it,
-- but still cannot set an event's place or hashes itself.
CREATE FUNCTION seal_audit_events(batch INT) RETURNS INT LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    last_seq  BIGINT;
    last_hash TEXT;
    e         audit_event;
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
    -- each hash needs the one before it, so they are computed one by one, and then written in one statement
    FOR e IN SELECT * FROM audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT batch LOOP
        e.chain_seq := last_seq + cardinality(ids) + 1;
        ids := ids || e.id;
        previous := previous || last_hash;
        last_hash := audit_event_hash(last_hash, e);
        hashes := hashes || last_hash;
    END LOOP;
    UPDATE audit_event a SET chain_seq = last_seq + u.n, previous_hash = u.previous_hash, hash = u.hash
        FROM unnest(ids, previous, hashes) WITH ORDINALITY AS u (id, previous_hash, hash, n)
        WHERE a.id = u.id;
    RETURN cardinality(ids);
END;
$$;
REVOKE ALL ON FUNCTION seal_audit_events(INT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seal_audit_events(INT) TO "${app_user}";
