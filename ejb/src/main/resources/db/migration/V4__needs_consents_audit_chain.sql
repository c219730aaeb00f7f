-- A student's special needs. The row holds the current version; every version is kept in need_revision.
CREATE TABLE need (
    id             BIGINT       PRIMARY KEY,
    student_id     BIGINT       NOT NULL REFERENCES student (id),
    revision       INTEGER      NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    description    TEXT         NOT NULL,
    accommodations TEXT,
    source         VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'RESOLVED')),
    recorded_by    VARCHAR(255) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX need_student ON need (student_id);

CREATE TABLE need_revision (
    id             BIGINT       PRIMARY KEY,
    need_id        BIGINT       NOT NULL REFERENCES need (id),
    revision       INTEGER      NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    description    TEXT         NOT NULL,
    accommodations TEXT,
    source         VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    recorded_by    VARCHAR(255) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (need_id, revision)
);
REVOKE UPDATE, DELETE, TRUNCATE ON need_revision FROM "${app_user}";

-- Consents: to one recipient (the supervisors of one placement period, or one mentor assignment), for chosen
-- needs as they read when the consent was given, at one level. Never edited or deleted: a change is a new
-- consent. The only changes a row may see are its life: a proposal given or declined, a consent withdrawn,
-- its expiry written to the audit trail.
CREATE TABLE consent (
    id                 BIGINT       PRIMARY KEY,
    student_id         BIGINT       NOT NULL REFERENCES student (id),
    period_id          BIGINT       REFERENCES placement_period (id),
    assignment_id      BIGINT       REFERENCES assignment (id),
    level              VARCHAR(20)  NOT NULL CHECK (level IN ('ACCOMMODATIONS', 'FULL')),
    purpose            TEXT         NOT NULL,
    valid_until        DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('PROPOSED', 'DECLINED', 'GIVEN')),
    proposed_by        VARCHAR(255),
    proposed_at        TIMESTAMPTZ,
    given_how          VARCHAR(30)  CHECK (given_how IN ('IN_APPLICATION', 'RECORDED_BY_CONTACT_PERSON')),
    given_by           VARCHAR(255),
    given_at           TIMESTAMPTZ,
    given_note         TEXT,
    text_version       VARCHAR(20),
    text_language      VARCHAR(5),
    text_hash          CHAR(64),
    declined_at        TIMESTAMPTZ,
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_by       VARCHAR(255),
    withdrawal_reason  TEXT,
    expiry_audited_at  TIMESTAMPTZ,
    version            BIGINT       NOT NULL,
    CHECK ((period_id IS NULL) <> (assignment_id IS NULL)),
    CHECK (status <> 'GIVEN' OR (given_at IS NOT NULL AND text_hash IS NOT NULL AND given_how IS NOT NULL))
);
CREATE INDEX consent_student ON consent (student_id);
CREATE INDEX consent_period ON consent (period_id) WHERE period_id IS NOT NULL;
CREATE INDEX consent_assignment ON consent (assignment_id) WHERE assignment_id IS NOT NULL;

CREATE TABLE consent_need (
    consent_id       BIGINT NOT NULL REFERENCES consent (id),
    need_revision_id BIGINT NOT NULL REFERENCES need_revision (id),
    PRIMARY KEY (consent_id, need_revision_id)
);
REVOKE DELETE, TRUNCATE ON consent FROM "${app_user}";
REVOKE UPDATE, DELETE, TRUNCATE ON consent_need FROM "${app_user}";

CREATE FUNCTION consent_life_only() RETURNS trigger LANGUAGE plpgsql AS $$
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
            OR NEW.given_note IS DISTINCT FROM OLD.given_note))
        OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at
            OR NEW.withdrawn_by IS DISTINCT FROM OLD.withdrawn_by
            OR NEW.withdrawal_reason IS DISTINCT FROM OLD.withdrawal_reason))
    THEN
        RAISE EXCEPTION 'A consent is never edited: consent % may only be given, declined, withdrawn or expire', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER consent_life_only BEFORE UPDATE ON consent FOR EACH ROW EXECUTE FUNCTION consent_life_only();

-- The audit trail becomes a hash chain. Each event is sealed when its transaction commits (a deferred
-- trigger, one transaction at a time): it gets the next place in the chain, the previous event's hash, and
-- the hash of that and its own content. A changed row no longer matches its hash; a removed row leaves a gap.
-- Sealing runs with the schema owner's rights, so the application still cannot change any row itself.
ALTER TABLE audit_event ADD COLUMN organisation  VARCHAR(200);
ALTER TABLE audit_event ADD COLUMN chain_seq     BIGINT UNIQUE;
ALTER TABLE audit_event ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash          CHAR(64);

CREATE FUNCTION audit_event_hash(previous_hash TEXT, e audit_event) RETURNS TEXT
    LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', previous_hash, e.chain_seq, e.id,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(e.actor_subject, '-'), e.actor_username, e.actor_roles, e.action, e.record_type,
        coalesce(e.record_id::text, '-'), coalesce(e.student_id::text, '-'), e.outcome,
        coalesce(e.reason, '-'), coalesce(e.organisation, '-')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION seal_audit_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    last_seq  BIGINT;
    last_hash TEXT;
    sealed    audit_event;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('brobygger.audit_event.chain'));
    SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_event
        WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
    SELECT * INTO sealed FROM audit_event WHERE id = NEW.id;
    sealed.chain_seq := coalesce(last_seq, 0) + 1;
    UPDATE audit_event SET chain_seq = sealed.chain_seq, previous_hash = coalesce(last_hash, 'genesis'),
        hash = audit_event_hash(coalesce(last_hash, 'genesis'), sealed)
        WHERE id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER audit_event_seal AFTER INSERT ON audit_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION seal_audit_event();

-- Events written before the chain existed are sealed now, in the order they were written.
DO $$
DECLARE
    e         audit_event;
    seq       BIGINT := 0;
    last_hash TEXT := 'genesis';
BEGIN
    FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
        seq := seq + 1;
        e.chain_seq := seq;
        UPDATE audit_event SET chain_seq = seq, previous_hash = last_hash, hash = audit_event_hash(last_hash, e)
            WHERE id = e.id;
        last_hash := audit_event_hash(last_hash, e);
    END LOOP;
END;
$$;
