-- A student shares a period's training plan with their mentor (docs/training-plan.md): read-only, from the moment
-- they share until they stop or the mentoring ends; checked at every request. Stopping keeps the row, with its day.
CREATE TABLE plan_share (
    id            BIGINT      PRIMARY KEY,
    period_id     BIGINT      NOT NULL REFERENCES placement_period (id),
    assignment_id BIGINT      NOT NULL REFERENCES assignment (id),
    shared_at     TIMESTAMPTZ NOT NULL,
    withdrawn_at  TIMESTAMPTZ,
    version       BIGINT      NOT NULL
);
CREATE UNIQUE INDEX plan_share_active ON plan_share (period_id, assignment_id) WHERE withdrawn_at IS NULL;
REVOKE DELETE, TRUNCATE ON plan_share FROM "${app_user}";
