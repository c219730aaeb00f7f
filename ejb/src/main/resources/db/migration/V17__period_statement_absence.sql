-- The end of a placement period (docs/training-plan.md): the supervisor's statement (erklæring om oplæring), one
-- per period and never changed, and the absence days recorded in the period, with their reason and no health detail.
CREATE TABLE period_statement (
    id        BIGINT      PRIMARY KEY,
    period_id BIGINT      NOT NULL UNIQUE REFERENCES placement_period (id),
    approved  BOOLEAN     NOT NULL,
    reason    TEXT        CHECK (length(reason) <= 2000),
    issued_by TEXT        NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    -- a statement that does not approve says why
    CHECK (approved OR reason IS NOT NULL)
);
REVOKE UPDATE, DELETE, TRUNCATE ON period_statement FROM "${app_user}";

CREATE TABLE period_absence (
    id          BIGINT      PRIMARY KEY,
    period_id   BIGINT      NOT NULL REFERENCES placement_period (id),
    first_day   DATE        NOT NULL,
    days        INT         NOT NULL CHECK (days BETWEEN 1 AND 366),
    reason      TEXT        NOT NULL CHECK (reason IN ('SICK', 'OTHER', 'UNEXPLAINED')),
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX period_absence_period ON period_absence (period_id);
REVOKE UPDATE, DELETE, TRUNCATE ON period_absence FROM "${app_user}";
