-- The training plan of a placement period (docs/training-plan.md): the programme's training goals, the plan that
-- the student, the contact person and the period's supervisors share, and the midterm and final assessments.

-- The catalogue of training goals (oplæringsmål), per programme and version. A new version is added beside the
-- old; a plan keeps the goals it was made with.
CREATE TABLE training_goal (
    id          BIGINT  PRIMARY KEY,
    programme   TEXT    NOT NULL CHECK (programme IN ('SSH', 'SSA', 'PA')),
    version     TEXT    NOT NULL,
    number      INT     NOT NULL CHECK (number > 0),
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    -- a working title standing in for the school's official wording
    placeholder BOOLEAN NOT NULL,
    UNIQUE (programme, version, number)
);

-- The periods a goal is worked on in (by the period's number: 1 for 1a and 1b), with the level expected at the
-- period's end where the programme has levels.
CREATE TABLE training_goal_period (
    goal_id BIGINT NOT NULL REFERENCES training_goal (id),
    period  INT    NOT NULL CHECK (period BETWEEN 1 AND 9),
    level   TEXT   CHECK (level IN ('BEGYNDER', 'RUTINERET', 'AVANCERET')),
    PRIMARY KEY (goal_id, period)
);

CREATE TABLE training_plan (
    id            BIGINT      PRIMARY KEY,
    period_id     BIGINT      NOT NULL UNIQUE REFERENCES placement_period (id),
    student_goals TEXT        CHECK (length(student_goals) <= 4000),
    school_part   TEXT        CHECK (length(school_part) <= 4000),
    midterm_date  DATE,
    final_date    DATE,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    changed_by    TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL,
    CHECK (midterm_date < final_date)
);

CREATE TABLE training_plan_goal (
    plan_id  BIGINT NOT NULL REFERENCES training_plan (id),
    position INT    NOT NULL,
    goal_id  BIGINT NOT NULL REFERENCES training_goal (id),
    level    TEXT   CHECK (level IN ('BEGYNDER', 'RUTINERET', 'AVANCERET')),
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, goal_id)
);

-- One conversation's assessment. A completed one (both have confirmed the conversation) is never changed: a
-- correction is the next revision, and the earlier ones stay as its history.
CREATE TABLE plan_assessment (
    id                      BIGINT      PRIMARY KEY,
    plan_id                 BIGINT      NOT NULL REFERENCES training_plan (id),
    kind                    TEXT        NOT NULL CHECK (kind IN ('MIDTERM', 'FINAL')),
    revision                INT         NOT NULL CHECK (revision > 0),
    held_on                 DATE,
    summary                 TEXT        CHECK (length(summary) <= 4000),
    student_summary         TEXT        CHECK (length(student_summary) <= 4000),
    supervisor_confirmed_by TEXT,
    supervisor_confirmed_at TIMESTAMPTZ,
    student_confirmed_at    TIMESTAMPTZ,
    created_by              TEXT        NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL,
    UNIQUE (plan_id, kind, revision),
    CHECK ((supervisor_confirmed_by IS NULL) = (supervisor_confirmed_at IS NULL))
);

CREATE TABLE plan_assessment_goal (
    assessment_id    BIGINT  NOT NULL REFERENCES plan_assessment (id),
    position         INT     NOT NULL,
    goal_id          BIGINT  NOT NULL REFERENCES training_goal (id),
    on_level         BOOLEAN,
    comment          TEXT    CHECK (length(comment) <= 2000),
    student_on_level BOOLEAN,
    PRIMARY KEY (assessment_id, position)
);

REVOKE DELETE, TRUNCATE ON training_goal, training_goal_period, plan_assessment FROM "${app_user}";

-- Nothing of a completed assessment changes, in the database as in the application.
CREATE FUNCTION plan_assessment_open_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.supervisor_confirmed_at IS NOT NULL AND OLD.student_confirmed_at IS NOT NULL THEN
        RAISE EXCEPTION 'a completed assessment is not changed: a correction is a new revision';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER plan_assessment_open_only BEFORE UPDATE ON plan_assessment
    FOR EACH ROW EXECUTE FUNCTION plan_assessment_open_only();

CREATE FUNCTION plan_assessment_goal_open_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- completed before this transaction: the confirmation that completes it is written with its last marks
    IF EXISTS (SELECT 1 FROM plan_assessment a WHERE a.id = coalesce(OLD.assessment_id, NEW.assessment_id)
               AND a.supervisor_confirmed_at IS NOT NULL AND a.student_confirmed_at IS NOT NULL
               AND a.xmin <> pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'a completed assessment is not changed: a correction is a new revision';
    END IF;
    RETURN coalesce(NEW, OLD);
END;
$$;
CREATE TRIGGER plan_assessment_goal_open_only BEFORE INSERT OR UPDATE OR DELETE ON plan_assessment_goal
    FOR EACH ROW EXECUTE FUNCTION plan_assessment_goal_open_only();

-- The catalogue's first version: goal numbers with short working titles, placeholders for the school's official
-- texts (docs/training-plan.md). SSH: 16 goals over two periods; SSA: 20 goals over three periods at the levels
-- begynder, rutineret and avanceret; PA: 12 goals over two periods.
DO $$
DECLARE
    ssh TEXT[] := ARRAY['Personlig hygiejne og påklædning', 'Ernæring og måltider', 'Forflytning og lejring',
        'Hverdagsrehabilitering', 'Kommunikation med borgeren', 'Samarbejde med pårørende',
        'Dokumentation', 'Hygiejne og smitteforebyggelse', 'Observation af ændringer', 'Demens og kognitiv støtte',
        'Aktivitet og trivsel', 'Arbejdsmiljø og ergonomi', 'Etik og magtanvendelse', 'Velfærdsteknologi',
        'Samarbejde i teamet', 'Palliation og den sidste tid'];
    ssa TEXT[] := ARRAY['Sygepleje til borgeren', 'Medicinhåndtering', 'Observation og vitale værdier',
        'Tidlig opsporing', 'Sundhedsfremme og forebyggelse', 'Rehabilitering', 'Psykiatri og psykisk sygdom',
        'Kommunikation og relationer', 'Tværfagligt samarbejde', 'Dokumentation og journalføring',
        'Hygiejne og infektionsforebyggelse', 'Patientsikkerhed', 'Borgerens forløb og overgange',
        'Pårørendesamarbejde', 'Etik og retssikkerhed', 'Velfærdsteknologi', 'Planlægning af eget arbejde',
        'Palliation', 'Kultur og mangfoldighed', 'Egen faglige udvikling'];
    pa TEXT[] := ARRAY['Pædagogiske aktiviteter', 'Leg og læring', 'Relationer til børn og unge',
        'Sprog og kommunikation', 'Inklusion og fællesskaber', 'Samarbejde med forældre', 'Sundhed og bevægelse',
        'Kreative udtryk', 'Dokumentation og evaluering', 'Faglig etik', 'Samarbejde i teamet',
        'Egen faglige udvikling'];
    new_id BIGINT;
    i INT;
BEGIN
    FOR i IN 1 .. array_length(ssh, 1) LOOP
        new_id := nextval('record_seq');
        INSERT INTO training_goal VALUES (new_id, 'SSH', '1', i, ssh[i], TRUE);
        INSERT INTO training_goal_period VALUES (new_id, 1, NULL), (new_id, 2, NULL);
    END LOOP;
    FOR i IN 1 .. array_length(ssa, 1) LOOP
        new_id := nextval('record_seq');
        INSERT INTO training_goal VALUES (new_id, 'SSA', '1', i, ssa[i], TRUE);
        INSERT INTO training_goal_period VALUES (new_id, 1, 'BEGYNDER'), (new_id, 2, 'RUTINERET'),
            (new_id, 3, 'AVANCERET');
    END LOOP;
    FOR i IN 1 .. array_length(pa, 1) LOOP
        new_id := nextval('record_seq');
        INSERT INTO training_goal VALUES (new_id, 'PA', '1', i, pa[i], TRUE);
        INSERT INTO training_goal_period VALUES (new_id, 1, NULL), (new_id, 2, NULL);
    END LOOP;
END;
$$;
