-- The data protection officer's register of data-subject requests, and the copies of a student's data produced
-- (docs/data-protection.md). A copy's bytes are not kept: only who produced it, when, why, and its digest.
CREATE TABLE data_request (
    id             BIGINT       PRIMARY KEY,
    student_id     BIGINT       NOT NULL REFERENCES student (id),
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('ACCESS', 'CORRECTION', 'ERASURE', 'RESTRICTION',
                                                         'OBJECTION')),
    received_on    DATE         NOT NULL,
    deadline       DATE         NOT NULL CHECK (deadline >= received_on),
    note           VARCHAR(2000),
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'DONE', 'REFUSED')),
    registered_by  VARCHAR(255) NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL,
    outcome        VARCHAR(2000),
    handled_by     VARCHAR(255),
    handled_at     TIMESTAMPTZ,
    version        BIGINT       NOT NULL,
    CHECK ((status = 'OPEN') = (handled_at IS NULL))
);
CREATE INDEX data_request_open ON data_request (deadline) WHERE status = 'OPEN';
CREATE INDEX data_request_student ON data_request (student_id);

CREATE TABLE data_copy (
    id           BIGINT       PRIMARY KEY,
    student_id   BIGINT       NOT NULL REFERENCES student (id),
    request_id   BIGINT       REFERENCES data_request (id),
    produced_by  VARCHAR(255) NOT NULL,
    produced_at  TIMESTAMPTZ  NOT NULL,
    reason       VARCHAR(2000),
    language     VARCHAR(2)   NOT NULL CHECK (language IN ('da', 'en')),
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL
);
CREATE INDEX data_copy_student ON data_copy (student_id);
CREATE INDEX data_copy_request ON data_copy (request_id);
-- never changed; removed only when the student is erased (docs/data-protection.md)
REVOKE UPDATE, TRUNCATE ON data_copy FROM "${app_user}";
