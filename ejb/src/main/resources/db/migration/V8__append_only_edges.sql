-- Rights at the edges (issue 12): records that are only ever added to stay that way for the application's user.

-- A consent is never edited once given: the language of the text it was given in is kept like the rest.
CREATE OR REPLACE FUNCTION consent_life_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.student_id <> OLD.student_id
        OR NEW.period_id IS DISTINCT FROM OLD.period_id
        OR NEW.assignment_id IS DISTINCT FROM OLD.assignment_id
        OR NEW.level <> OLD.level
        OR NEW.purpose <> OLD.purpose
        OR NEW.valid_until <> OLD.valid_until
        OR NEW.proposed_by IS DISTINCT FROM OLD.proposed_by
        OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at
        OR (OLD.status <> 'PROPOSED' AND NEW.status <> OLD.status)
        OR (OLD.given_at IS NOT NULL AND (NEW.given_at IS DISTINCT FROM OLD.given_at
            OR NEW.given_by IS DISTINCT FROM OLD.given_by OR NEW.given_how IS DISTINCT FROM OLD.given_how
            OR NEW.text_hash IS DISTINCT FROM OLD.text_hash OR NEW.text_version IS DISTINCT FROM OLD.text_version
            OR NEW.given_note IS DISTINCT FROM OLD.given_note OR NEW.text_language IS DISTINCT FROM OLD.text_language))
        OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at
            OR NEW.withdrawn_by IS DISTINCT FROM OLD.withdrawn_by
            OR NEW.withdrawal_reason IS DISTINCT FROM OLD.withdrawal_reason))
    THEN
        RAISE EXCEPTION 'A consent is never edited: consent % may only be given, declined, withdrawn or expire', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;

-- A consent is never widened: all its needs are written with it, in one transaction. A need added to a consent
-- that already has needs from an earlier transaction is refused (the application's user may neither change nor
-- remove those rows, so it cannot hide them).
CREATE FUNCTION consent_needs_written_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM consent_need WHERE consent_id = NEW.consent_id AND xmin <> pg_current_xact_id()::xid)
    THEN
        RAISE EXCEPTION 'A consent is never widened: consent % keeps the needs it was given with', NEW.consent_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER consent_needs_written_once BEFORE INSERT ON consent_need
    FOR EACH ROW EXECUTE FUNCTION consent_needs_written_once();

-- The journal and the status history are only ever added to.
REVOKE UPDATE, DELETE, TRUNCATE ON journal_entry, student_status_change FROM "${app_user}";

-- Only the seal at commit places an event in the chain: an insert cannot bring its own place or hashes.
CREATE FUNCTION audit_event_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.chain_seq IS NOT NULL OR NEW.previous_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'An audit event is placed in the chain when it is sealed, not by its insert';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_event_unsealed BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_unsealed();

-- The chain's hash reads the event's seen needs by name: always from this schema, never from a temporary table
-- that a session of the application's user could put first on its search path.
ALTER FUNCTION audit_event_hash(TEXT, audit_event) SET search_path = ${flyway:defaultSchema}, pg_temp;
