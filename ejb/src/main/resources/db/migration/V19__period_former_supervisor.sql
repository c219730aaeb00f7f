-- A supervisor taken off a placement period keeps read access to its training plan (docs/training-plan.md). The
-- period's list of supervisors keeps no history, so the database records each removal here, whoever removes it:
-- the row stays while they are off the period and counts again if they are taken off again after being put back.
CREATE TABLE period_former_supervisor (
    period_id  BIGINT      NOT NULL REFERENCES placement_period (id) ON DELETE CASCADE,
    profile_id BIGINT      NOT NULL REFERENCES user_profile (id),
    removed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (period_id, profile_id)
);
CREATE INDEX period_former_supervisor_profile ON period_former_supervisor (profile_id);

-- runs as the owner: the application itself may not write the table
CREATE FUNCTION record_former_supervisor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    INSERT INTO period_former_supervisor (period_id, profile_id, removed_at)
    VALUES (OLD.period_id, OLD.profile_id, now())
    ON CONFLICT (period_id, profile_id) DO UPDATE SET removed_at = EXCLUDED.removed_at;
    RETURN OLD;
END;
$$;

CREATE TRIGGER period_supervisor_removed AFTER DELETE ON period_supervisor
    FOR EACH ROW EXECUTE FUNCTION record_former_supervisor();

-- written by the trigger only
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON period_former_supervisor FROM "${app_user}";
