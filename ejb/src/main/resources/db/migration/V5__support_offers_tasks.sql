-- The catalogue of support offers (indsatskatalog). An offer is retired, never deleted: students' offers keep it.
-- A transition offer creates a task for the student's contact person when a placement period is registered:
-- task_offset_days from the period's start or end, for the student's first period only or for every period.
CREATE TABLE support_offer (
    id                BIGINT        PRIMARY KEY,
    code              VARCHAR(30)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    name_da           VARCHAR(200)  NOT NULL,
    name_en           VARCHAR(200)  NOT NULL,
    description_da    TEXT          NOT NULL,
    description_en    TEXT          NOT NULL,
    recommendation    SMALLINT      NOT NULL CHECK (recommendation BETWEEN 1 AND 8),
    level             VARCHAR(20)   NOT NULL CHECK (level IN ('GENERAL', 'COMMON', 'SPECIAL_NEEDS')),
    format            VARCHAR(20)   NOT NULL CHECK (format IN ('INDIVIDUAL', 'GROUP', 'COMBINED')),
    timing            VARCHAR(20)   NOT NULL CHECK (timing IN ('BEFORE_PLACEMENT', 'DURING_PLACEMENT',
                                                               'AFTER_PLACEMENT', 'ANY_TIME')),
    provider          VARCHAR(200)  NOT NULL,
    capacity          INTEGER       CHECK (capacity > 0),
    active            BOOLEAN       NOT NULL,
    task_anchor       VARCHAR(10)   CHECK (task_anchor IN ('START', 'END')),
    task_offset_days  INTEGER       CHECK (task_offset_days BETWEEN -365 AND 365),
    task_periods      VARCHAR(10)   CHECK (task_periods IN ('FIRST', 'EVERY')),
    version           BIGINT        NOT NULL,
    CHECK ((task_anchor IS NULL) = (task_offset_days IS NULL) AND (task_anchor IS NULL) = (task_periods IS NULL))
);

CREATE TABLE support_offer_target (
    offer_id  BIGINT       NOT NULL REFERENCES support_offer (id),
    category  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (offer_id, category)
);

-- An offer for one student, linked to some of their needs. Its status changes are kept in student_offer_event,
-- which is never changed.
CREATE TABLE student_offer (
    id           BIGINT        PRIMARY KEY,
    student_id   BIGINT        NOT NULL REFERENCES student (id),
    offer_id     BIGINT        NOT NULL REFERENCES support_offer (id),
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'DECLINED',
                                                          'CANCELLED')),
    responsible  VARCHAR(255)  NOT NULL,
    outcome      TEXT,
    helped       VARCHAR(10)   CHECK (helped IN ('YES', 'PARTLY', 'NO')),
    version      BIGINT        NOT NULL,
    CHECK (status <> 'COMPLETED' OR (outcome IS NOT NULL AND helped IS NOT NULL))
);
CREATE INDEX student_offer_student ON student_offer (student_id);
CREATE INDEX student_offer_offer ON student_offer (offer_id, status);

CREATE TABLE student_offer_need (
    student_offer_id  BIGINT NOT NULL REFERENCES student_offer (id),
    need_id           BIGINT NOT NULL REFERENCES need (id),
    PRIMARY KEY (student_offer_id, need_id)
);
CREATE INDEX student_offer_need_need ON student_offer_need (need_id);

CREATE TABLE student_offer_event (
    id                BIGINT        PRIMARY KEY,
    student_offer_id  BIGINT        NOT NULL REFERENCES student_offer (id),
    status            VARCHAR(20)   NOT NULL,
    at                TIMESTAMPTZ   NOT NULL,
    by_username       VARCHAR(255)  NOT NULL,
    note              TEXT
);
CREATE INDEX student_offer_event_offer ON student_offer_event (student_offer_id);
REVOKE UPDATE, DELETE, TRUNCATE ON student_offer_event FROM "${app_user}";
REVOKE DELETE, TRUNCATE ON student_offer, student_offer_need FROM "${app_user}";

-- Tasks for a student's contact person (whoever that is on the day): transition tasks from the catalogue, tied to
-- a placement period, and later other kinds. A period's removal cancels its open tasks and leaves the rest.
CREATE TABLE task (
    id           BIGINT        PRIMARY KEY,
    student_id   BIGINT        NOT NULL REFERENCES student (id),
    kind         VARCHAR(30)   NOT NULL CHECK (kind IN ('TRANSITION')),
    offer_id     BIGINT        REFERENCES support_offer (id),
    period_id    BIGINT        REFERENCES placement_period (id) ON DELETE SET NULL,
    period_code  VARCHAR(10),
    anchor       VARCHAR(10)   CHECK (anchor IN ('START', 'END')),
    offset_days  INTEGER,
    due_on       DATE          NOT NULL,
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    created_at   TIMESTAMPTZ   NOT NULL,
    closed_at    TIMESTAMPTZ,
    closed_by    VARCHAR(255),
    note         TEXT,
    version      BIGINT        NOT NULL,
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (kind <> 'TRANSITION' OR (offer_id IS NOT NULL AND anchor IS NOT NULL AND offset_days IS NOT NULL))
);
CREATE INDEX task_student_open ON task (student_id, due_on) WHERE status = 'OPEN';
CREATE INDEX task_period ON task (period_id) WHERE period_id IS NOT NULL;
REVOKE DELETE, TRUNCATE ON task FROM "${app_user}";

-- The catalogue as the analysis (Rambøll 2023, recommendations 1-8) and the school's transition interventions
-- (indsats 1-3) describe it.
CREATE FUNCTION pg_temp.add_offer(code TEXT, name_da TEXT, name_en TEXT, description_da TEXT,
                                  description_en TEXT, recommendation INTEGER, level TEXT, format TEXT, timing TEXT,
                                  provider TEXT, targets TEXT[], anchor TEXT, offset_days INTEGER, periods TEXT)
    RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    new_id BIGINT := nextval('record_seq');
BEGIN
    INSERT INTO support_offer (id, code, name_da, name_en, description_da, description_en, recommendation, level,
                               format, timing, provider, capacity, active, task_anchor, task_offset_days, task_periods,
                               version)
    VALUES (new_id, code, name_da, name_en, description_da, description_en, recommendation, level, format, timing,
            provider, NULL, TRUE, anchor, offset_days, periods, 1);
    INSERT INTO support_offer_target (offer_id, category) SELECT new_id, unnest(targets);
END $$;

SELECT pg_temp.add_offer('TONET-HOLD', 'Tonet holddannelse ved start', 'Graded team start',
    'Eleverne starter på mindre hold med elever med lignende forudsætninger (fx unge, faglærte, ufaglærte med erfaring, elever med sprogudfordringer), så de når at danne et trygt netværk. Derefter blandes holdene.',
    'Students start in smaller teams with students of similar background (young, skilled, unskilled with relevant experience, students with language challenges) to build a safe network; the teams are mixed afterwards.',
    1, 'GENERAL', 'GROUP', 'BEFORE_PLACEMENT', 'Skolen', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('MATCHNING', 'Kvalificeret matchning af elev og oplæringssted', 'Qualified matching of student and placement',
    'Elevens ønsker til type af oplæringssted, speciale og fx størrelse og beliggenhed tages med, når oplæringsstedet vælges.',
    'The student''s wishes for the type of placement, its speciality and e.g. its size and location are taken into account when the placement is chosen.',
    2, 'GENERAL', 'INDIVIDUAL', 'BEFORE_PLACEMENT', 'Uddannelse København og skolen', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('OPLAERINGSPLAN', 'Fælles oplæringsplan for skole og oplæring', 'Shared training plan for school and placement',
    'Skole og oplæringssted samarbejder om elevens oplæringsplan, så eleven kan opstille og blive fulgt op på oplæringsmål, der kobler teori og praksis.',
    'School and placement work together on the student''s training plan, so the student can set and be followed up on training goals that link theory and practice.',
    3, 'GENERAL', 'COMBINED', 'DURING_PLACEMENT', 'Skolen og oplæringsstedet', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('KONTAKTPERSON', 'Kontaktperson og deling af viden med samtykke', 'Contact person and consented sharing',
    'En kontaktperson vurderer sammen med eleven, hvad oplæringsstedet skal vide om elevens særlige behov. Der deles kun med elevens samtykke.',
    'A contact person decides with the student what the placement should know about the student''s special needs. Nothing is shared without the student''s consent.',
    3, 'SPECIAL_NEEDS', 'INDIVIDUAL', 'ANY_TIME', 'Skolen', ARRAY['LANGUAGE', 'PSYCHOLOGICAL', 'SOCIAL', 'ACADEMIC'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('VEJLEDERUDDANNELSE', 'Uddannede oplæringsvejledere', 'Trained training supervisors',
    'Oplæringsvejlederen har gennemført basisuddannelsen for oplæringsvejledere (11 dage) og har tydelig tid og rolle til vejledning.',
    'The training supervisor has completed the basic course for supervisors (11 days) and has clear time and a clear role for supervision.',
    4, 'GENERAL', 'GROUP', 'DURING_PLACEMENT', 'Oplæringsstedet', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('LAERINGSMILJOE', 'Godt læringsmiljø og velkomst i oplæringen', 'Good learning environment and welcome at the placement',
    'Den lokale leder sørger for, at eleven bliver budt velkommen og inddraget som kompetent kollega og samtidig anerkendt som under uddannelse.',
    'The local manager makes sure the student is welcomed and included as a competent colleague while being recognised as in training.',
    5, 'GENERAL', 'COMBINED', 'DURING_PLACEMENT', 'Oplæringsstedet', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('MENTOR-KLYNGE', 'Mentorordning med erfarne elever', 'Peer mentor scheme',
    'Nye elever får en mentor blandt erfarne elever fra ældre årgange, evt. i mindre mentorklynger efter alder, erhvervs- eller uddannelseserfaring.',
    'New students get a mentor among experienced students from later cohorts, possibly in small clusters by age, work or education experience.',
    6, 'GENERAL', 'GROUP', 'ANY_TIME', 'Skolens mentorkorps', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('MENTOR-INDIVIDUEL', 'Individuel mentor', 'Individual mentor',
    'Tættere støtte og sparring fra en individuel mentor, fx ved psykiske eller sociale forhold. Kadence og varighed aftales efter elevens behov, og ordningen kan startes når som helst i uddannelsen.',
    'Closer support from an individual mentor, e.g. for psychological or social challenges. Cadence and duration are agreed to the student''s needs, and it can start at any time in the programme.',
    6, 'SPECIAL_NEEDS', 'INDIVIDUAL', 'ANY_TIME', 'Skolens mentorkorps', ARRAY['PSYCHOLOGICAL', 'SOCIAL'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('SPECIALISERING', 'Specialisering i oplæringsperiode 3', 'Specialisation in placement period 3',
    'SSA-elever kan vælge et oplæringssted med særlig specialisering i periode 3 (3a eller 3c), koblet med valgfag.',
    'SSA students can choose a placement with a particular specialisation in period 3 (3a or 3c), linked with elective subjects.',
    7, 'COMMON', 'INDIVIDUAL', 'BEFORE_PLACEMENT', 'Skolen og oplæringsstedet', ARRAY['ACADEMICALLY_STRONG'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('LAENGERE-STUDIETID', 'Længere studietid i oplæringen', 'Longer study time at the placement',
    'Mere studietid på oplæringsstedet, lagt hensigtsmæssigt i ugen, for elever med sprogudfordringer.',
    'More study time at the placement, placed sensibly in the week, for students with language challenges.',
    8, 'SPECIAL_NEEDS', 'INDIVIDUAL', 'DURING_PLACEMENT', 'Oplæringsstedet', ARRAY['LANGUAGE'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('MINDRE-OPLAERINGSSTED', 'Mindre oplæringssted og færre skift', 'Smaller placement and fewer changes',
    'Et mindre oplæringssted og færre skift mellem oplæringssteder for elever, der kan opleve store steder og mange skift som overvældende.',
    'A smaller placement and fewer changes of placement for students who may find large places and many changes overwhelming.',
    8, 'SPECIAL_NEEDS', 'INDIVIDUAL', 'BEFORE_PLACEMENT', 'Uddannelse København og skolen', ARRAY['PSYCHOLOGICAL', 'SOCIAL'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('FAGSPROG', 'Fokus på dansk sygepleje- og omsorgssprog', 'Focus on Danish nursing and care language',
    'Undervisning med fokus på dansk sygdomspleje og omsorg og det faglige sprog, der bruges i oplæringen.',
    'Teaching focused on Danish nursing and care and the professional language used at the placement.',
    8, 'SPECIAL_NEEDS', 'GROUP', 'ANY_TIME', 'Skolen', ARRAY['LANGUAGE'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('FAGLIGT-NIVEAU', 'Undervisning tilpasset elever med faglig ballast', 'Teaching fitted to students with an academic background',
    'Undervisning og opgaver tilpasset det faglige niveau hos elever, der har faglig ballast med sig.',
    'Teaching and tasks fitted to the level of students who bring an academic background with them.',
    8, 'SPECIAL_NEEDS', 'GROUP', 'ANY_TIME', 'Skolen', ARRAY['ACADEMIC_BALLAST', 'ACADEMICALLY_STRONG'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('SPEJLING', 'Kolleger at spejle sig i for mandlige elever', 'Peers to mirror for male students',
    'Mandlige elever kobles med mandlige elever eller kolleger, de kan spejle sig i, i skole og oplæring.',
    'Male students are linked with male students or colleagues they can mirror themselves in, at school and at the placement.',
    8, 'SPECIAL_NEEDS', 'GROUP', 'ANY_TIME', 'Skolens mentorkorps', ARRAY['SOCIAL'], NULL, NULL, NULL);
SELECT pg_temp.add_offer('OVERGANGSRUM', 'Fælles fagligt overgangsrum (indsats 1a)', 'Shared transition room (intervention 1a)',
    'Elever, undervisere og oplæringsvejledere mødes på skolen ca. 3 uger inde i oplæring 1a til en faciliteret dialog om oplæringsmål og dialogværktøj.',
    'Students, teachers and training supervisors meet at the school about three weeks into placement 1a for a facilitated dialogue on training goals and the dialogue tool.',
    3, 'GENERAL', 'GROUP', 'DURING_PLACEMENT', 'SOSU H Nord med kommunerne i Nord og KKR Taskforce', ARRAY[]::TEXT[], NULL, NULL, NULL);
SELECT pg_temp.add_offer('OPFOELGNINGSOPKALD', 'Opfølgningsopkald fra kontaktlæreren (indsats 1b)', 'Follow-up call from the contact teacher (intervention 1b)',
    'Kontaktlæreren ringer eleven op ca. 3 uger inde i den første oplæring. Fokus på faglig trivsel, dialogværktøj og oplæringsmål.',
    'The contact teacher calls the student about three weeks into the first placement. Focus on well-being, the dialogue tool and training goals.',
    3, 'GENERAL', 'INDIVIDUAL', 'DURING_PLACEMENT', 'SOSU H Herlev og Gladsaxe Kommune', ARRAY[]::TEXT[], 'START', 21, 'FIRST');
SELECT pg_temp.add_offer('FORBEREDELSESDAG', 'Oplæringsforberedende dag (indsats 2a/2b)', 'Placement preparation day (intervention 2a/2b)',
    'Ca. 2 uger før den første oplæring: faciliteret refleksion over den kommende oplæring, spørgsmål til et panel af oplæringsvejledere om opgaver, redskaber og ansættelsesforhold, og præsentation af dialogværktøj og håndbogen "Læring i praksis".',
    'About two weeks before the first placement: facilitated reflection on the coming placement, questions to a panel of training supervisors about tasks, tools and employment, and an introduction to the dialogue tool and the handbook "Læring i praksis".',
    3, 'GENERAL', 'GROUP', 'BEFORE_PLACEMENT', 'SOSU H Skelbækgade med Københavns Kommune; Brøndby og Nord', ARRAY[]::TEXT[], 'START', -14, 'FIRST');
SELECT pg_temp.add_offer('OPSAMLINGSDAG', 'Oplæringsopsamlende dag (indsats 3)', 'Reflection day after the placement (intervention 3)',
    'Efter oplæringen kobler eleverne teori og praksis ud fra egne erfaringer, med refleksionscirklen og kollegial supervision.',
    'After the placement, students link theory and practice from their own experience, using the reflection circle and peer supervision.',
    3, 'GENERAL', 'GROUP', 'AFTER_PLACEMENT', 'SOSU H Skelbækgade, Brøndby, Herlev og Nord', ARRAY[]::TEXT[], 'END', 7, 'EVERY');
