-- The national data set of bin/benchmark (docs/performance.md, "The national data set"): every SOSU school's
-- students in one installation. national_data(first, last) adds the students numbered first to last with
-- everything around them, so the benchmark can measure at 400 students and then grow the same data to 40,000.
-- Per 100 students: one placement with five supervisors; per 60 one contact person; per 40 one staff mentor.
-- The six demo people of the load benchmark get a fixed share of the first 400 students, so their own lists are
-- the same size at every scale and only the installation around them grows.
-- Runs as the schema owner in one session (pg_temp); the events it writes are sealed afterwards by
-- seal_audit_events, the application's own sealer function.
CREATE FUNCTION pg_temp.national_data(first_student INT, last_student INT, events_per_student INT)
    RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    first_names CONSTANT TEXT[] := ARRAY['Anna','Mads','Fatima','Jonas','Sofie','Ali','Emma','Lars','Ida','Omar',
        'Freja','Noah','Maja','Yusuf','Clara','Emil','Laura','Ahmad','Ella','Oscar'];
    last_names CONSTANT TEXT[] := ARRAY['Nielsen','Jensen','Hansen','Pedersen','Andersen','Christensen','Larsen',
        'Sørensen','Rasmussen','Jørgensen','Petersen','Madsen','Kristensen','Olsen','Thomsen','Christiansen',
        'Poulsen','Johansen','Møller','Mortensen','Demir','Hussein','Yilmaz','Ali','Khan','Karlsen','Holm','Berg',
        'Lund','Dam'];
    categories CONSTANT TEXT[] := ARRAY['LANGUAGE','PSYCHOLOGICAL','SOCIAL','ACADEMIC','UNSKILLED_SOSU',
        'UNSKILLED_OTHER','ACADEMIC_BALLAST','ACADEMICALLY_STRONG'];
    first_placement INT := (first_student - 1) / 100 + 1;
    last_placement  INT := (last_student - 1) / 100 + 1;
    demo_contact    BIGINT := (SELECT id FROM user_profile WHERE username = 'kp.hansen');
    demo_mentor     BIGINT := (SELECT id FROM user_profile WHERE username = 'mentor.andersen');
    demo_supervisor BIGINT := (SELECT id FROM user_profile WHERE username = 'ov.nielsen');
    demo_student    BIGINT := (SELECT id FROM user_profile WHERE username = 'elev.larsen');
    demo_placement  BIGINT := (SELECT min(ps.placement_id) FROM placement_supervisor ps
                               WHERE ps.profile_id = demo_supervisor);
BEGIN
    -- people: contact persons, staff mentors and supervisors of the generated schools and placements
    INSERT INTO user_profile (id, username, display_name, email, version)
    SELECT nextval('user_profile_seq'), 'nd.kp' || n, first_names[1 + n % 20] || ' ' || last_names[1 + n % 30],
           'nd.kp' || n || '@brobygger.example', 1
    FROM generate_series((first_student - 1) / 60 + 1, (last_student - 1) / 60 + 1) n
    ON CONFLICT (username) DO NOTHING;
    INSERT INTO user_profile (id, username, display_name, email, version)
    SELECT nextval('user_profile_seq'), 'nd.mentor' || n, first_names[1 + n % 19] || ' ' || last_names[1 + n % 29],
           'nd.mentor' || n || '@brobygger.example', 1
    FROM generate_series((first_student - 1) / 40 + 1, (last_student - 1) / 40 + 1) n
    ON CONFLICT (username) DO NOTHING;
    INSERT INTO mentor (id, profile_id, kind, version)
    SELECT nextval('record_seq'), p.id, 'STAFF', 1 FROM user_profile p
    WHERE p.username LIKE 'nd.mentor%' OR p.id = demo_mentor
    ON CONFLICT (profile_id) DO NOTHING;
    INSERT INTO placement (id, name, type, size, area, version)
    SELECT nextval('record_seq'), 'Oplæringssted ' || n,
           (ARRAY['NURSING_HOME','HOME_CARE','PSYCHIATRY','HOSPITAL','DAY_CARE','REHABILITATION'])[1 + n % 6],
           (ARRAY['SMALL','MEDIUM','LARGE'])[1 + n % 3], 'Område ' || (1 + n % 98), 1
    FROM generate_series(first_placement, last_placement) n;
    INSERT INTO user_profile (id, username, display_name, email, version)
    SELECT nextval('user_profile_seq'), 'nd.ov' || n || '.' || j,
           first_names[1 + (n + j) % 20] || ' ' || last_names[1 + (n * j) % 30],
           'nd.ov' || n || '.' || j || '@brobygger.example', 1
    FROM generate_series(first_placement, last_placement) n, generate_series(1, 5) j;
    INSERT INTO placement_supervisor (placement_id, profile_id)
    SELECT pl.id, p.id FROM user_profile p
    JOIN placement pl ON pl.name = 'Oplæringssted ' || split_part(substr(p.username, 6), '.', 1)
    WHERE p.username LIKE 'nd.ov%' AND split_part(substr(p.username, 6), '.', 1)::int
          BETWEEN first_placement AND last_placement;

    -- students over four sites, three programmes and five start years, each with a status history
    CREATE TEMP TABLE nd_student ON COMMIT DROP AS
    SELECT g, nextval('record_seq') AS id,
           make_date(2022 + g % 5, CASE WHEN g % 3 = 0 THEN 2 ELSE 8 END, 1) AS start_date,
           CASE WHEN g % 11 = 0 THEN 'DROPPED_WITHOUT_REENROLMENT' WHEN g % 17 = 0 THEN 'DROPPED_WITH_REENROLMENT'
                WHEN g % 5 = 0 AND g % 3 <> 0 THEN 'COMPLETED' ELSE 'ACTIVE' END AS status
    FROM generate_series(first_student, last_student) g;
    INSERT INTO student (id, student_number, first_name, last_name, birth_date, programme, site, team, start_date,
                         status, status_date, version)
    SELECT s.id, 'N' || lpad(s.g::text, 8, '0'), first_names[1 + s.g % 20], last_names[1 + (s.g / 20) % 30],
           date '1975-01-01' + s.g % 12000, (ARRAY['SSH','SSA','PA'])[1 + s.g % 3],
           (ARRAY['SKELBAEKGADE','BROENDBY','HERLEV','NORD'])[1 + s.g % 4],
           (ARRAY['SSH','SSA','PA'])[1 + s.g % 3] || '-' || extract(year FROM s.start_date) || '-' || (1 + s.g % 12),
           s.start_date, s.status, CASE WHEN s.status = 'ACTIVE' THEN s.start_date ELSE s.start_date + 120 END, 1
    FROM nd_student s;
    INSERT INTO student_status_change (id, student_id, status, effective_date, reason, changed_by, changed_at)
    SELECT nextval('record_seq'), s.id, 'ACTIVE', s.start_date, 'Optaget', 'national-data', s.start_date
    FROM nd_student s
    UNION ALL
    SELECT nextval('record_seq'), s.id, s.status, s.start_date + 120, 'Registreret af skolen', 'national-data',
           s.start_date + 120
    FROM nd_student s WHERE s.status <> 'ACTIVE';
    IF first_student = 1 THEN
        UPDATE student SET account_id = NULL WHERE account_id = demo_student;
        UPDATE student SET account_id = demo_student WHERE student_number = 'N00000001';
    END IF;

    -- three placement periods each; 20 of the first 400 (starting in 2026, so in a placement now) are with the
    -- demo supervisor's placement
    CREATE TEMP TABLE nd_period ON COMMIT DROP AS
    SELECT s.g, s.id AS student_id, k, nextval('record_seq') AS id,
           CASE WHEN s.g <= 400 AND s.g % 20 = 4 AND demo_placement IS NOT NULL THEN demo_placement
                ELSE (SELECT pl.id FROM placement pl WHERE pl.name = 'Oplæringssted '
                      || (first_placement + ((s.g - 1) / 100 + k - first_placement + 1)
                          % (last_placement - first_placement + 1))) END AS placement_id,
           s.start_date + 90 + k * 180 AS start_date
    FROM nd_student s, generate_series(0, 2) k;
    INSERT INTO placement_period (id, student_id, placement_id, period_code, start_date, end_date, version)
    SELECT p.id, p.student_id, p.placement_id, (ARRAY['1','2','3'])[p.k + 1], p.start_date, p.start_date + 75, 1
    FROM nd_period p;
    INSERT INTO period_supervisor (period_id, profile_id)
    SELECT p.id, CASE WHEN p.placement_id = demo_placement THEN demo_supervisor
                      ELSE (SELECT ps.profile_id FROM placement_supervisor ps WHERE ps.placement_id = p.placement_id
                            ORDER BY ps.profile_id OFFSET p.g % 5 LIMIT 1) END
    FROM nd_period p;

    -- a contact person for everyone, a staff mentor for every second student
    INSERT INTO assignment (id, student_id, profile_id, kind, valid_from, created_by, created_at, version)
    SELECT nextval('record_seq'), s.id,
           CASE WHEN s.g <= 400 AND s.g % 7 = 0 THEN demo_contact
                ELSE (SELECT id FROM user_profile WHERE username = 'nd.kp' || ((s.g - 1) / 60 + 1)) END,
           'CONTACT_PERSON', s.start_date, 'national-data', s.start_date, 1
    FROM nd_student s;
    CREATE TEMP TABLE nd_mentee ON COMMIT DROP AS
    SELECT s.g, s.id AS student_id, s.start_date,
           CASE WHEN s.g <= 400 AND s.g % 20 = 2 THEN demo_mentor
                ELSE (SELECT id FROM user_profile WHERE username = 'nd.mentor' || ((s.g - 1) / 40 + 1)) END
               AS mentor_id
    FROM nd_student s WHERE s.g % 2 = 0;
    INSERT INTO assignment (id, student_id, profile_id, kind, mentor_type, cadence, valid_from, valid_to,
                            created_by, created_at, version)
    SELECT nextval('record_seq'), m.student_id, m.mentor_id, 'MENTOR', 'INDIVIDUAL', 'MONTHLY', m.start_date,
           current_date + 365, 'national-data', m.start_date, 1
    FROM nd_mentee m;

    -- twenty sessions per mentee (400,000 at 40,000 students), a quarter with the summary shared
    CREATE TEMP TABLE nd_session ON COMMIT DROP AS
    SELECT m.g, m.student_id, m.mentor_id, n, nextval('record_seq') AS id,
           least(current_date - 1, m.start_date + n * 21) AS held_on
    FROM nd_mentee m, generate_series(1, 20) n;
    INSERT INTO mentor_session (id, mentor_profile_id, format, held_on, duration_minutes, summary, logged_at)
    SELECT s.id, s.mentor_id, 'INDIVIDUAL', s.held_on, 30 + 15 * (s.n % 4),
           'Samtale om uge ' || s.n || ': planlægning og trivsel.', s.held_on + time '15:00'
    FROM nd_session s;
    INSERT INTO mentor_session_attendee (session_id, student_id) SELECT s.id, s.student_id FROM nd_session s;
    INSERT INTO mentor_session_shared_about (session_id, student_id)
    SELECT s.id, s.student_id FROM nd_session s WHERE s.n % 4 = 0;
    INSERT INTO mentor_session_topic (session_id, topic)
    SELECT s.id, (ARRAY['ACADEMIC','SOCIAL','PLACEMENT','WELL_BEING','PRACTICAL'])[1 + (s.g + s.n) % 5]
    FROM nd_session s;

    -- one need for everyone, a second for every second student (60,000 at 40,000 students)
    CREATE TEMP TABLE nd_need ON COMMIT DROP AS
    SELECT s.g, s.id AS student_id, s.start_date, k, nextval('record_seq') AS id,
           nextval('record_seq') AS revision_id, categories[1 + (s.g + k * 3) % 8] AS category,
           CASE WHEN s.g % 9 = 0 THEN 'RESOLVED' ELSE 'ACTIVE' END AS status
    FROM nd_student s, generate_series(1, 2) k WHERE k = 1 OR s.g % 2 = 0;
    INSERT INTO need (id, student_id, revision, category, description, accommodations, source, status,
                      recorded_by, recorded_at, version)
    SELECT n.id, n.student_id, 1, n.category, 'Beskrevet ved samtale med eleven.', 'Skriftlige instruktioner.',
           (ARRAY['SCREENING','INTERVIEW','SELF_REPORTED'])[1 + n.g % 3], n.status, 'national-data',
           n.start_date + 14, 1
    FROM nd_need n;
    INSERT INTO need_revision (id, need_id, revision, category, description, accommodations, source, status,
                               recorded_by, recorded_at)
    SELECT n.revision_id, n.id, 1, n.category, 'Beskrevet ved samtale med eleven.', 'Skriftlige instruktioner.',
           (ARRAY['SCREENING','INTERVIEW','SELF_REPORTED'])[1 + n.g % 3], n.status, 'national-data',
           n.start_date + 14
    FROM nd_need n;

    -- a consent per student for the placement of their first period (the second for those starting in February,
    -- whose first ends before the summer), in every state: proposed, declined, given, given and withdrawn, given
    -- and expired
    CREATE TEMP TABLE nd_consent ON COMMIT DROP AS
    SELECT p.g, p.student_id, p.id AS period_id, p.start_date, nextval('record_seq') AS id, (p.g / 20) % 5 AS state
    FROM nd_period p WHERE p.k = CASE WHEN p.g % 3 = 0 THEN 1 ELSE 0 END;
    INSERT INTO consent (id, student_id, period_id, level, purpose, valid_until, status, proposed_by, proposed_at,
                         given_how, given_by, given_at, text_version, text_language, text_hash, declined_at,
                         withdrawn_at, withdrawn_by, withdrawal_reason, version)
    SELECT c.id, c.student_id, c.period_id, CASE WHEN c.g % 2 = 0 THEN 'ACCOMMODATIONS' ELSE 'FULL' END,
           'Så oplæringsstedet kan tilrettelægge oplæringen.',
           CASE WHEN c.state = 4 THEN current_date - 30 ELSE current_date + 180 END,
           (ARRAY['PROPOSED','DECLINED','GIVEN','GIVEN','GIVEN'])[c.state + 1], 'national-data', c.start_date,
           CASE WHEN c.state >= 2 THEN 'IN_APPLICATION' END, CASE WHEN c.state >= 2 THEN 'national-data' END,
           CASE WHEN c.state >= 2 THEN c.start_date + 3 END, CASE WHEN c.state >= 2 THEN '1' END,
           CASE WHEN c.state >= 2 THEN 'da' END, CASE WHEN c.state >= 2 THEN repeat('ab', 32) END,
           CASE WHEN c.state = 1 THEN c.start_date + 3 END, CASE WHEN c.state = 3 THEN c.start_date + 40 END,
           CASE WHEN c.state = 3 THEN 'national-data' END, CASE WHEN c.state = 3 THEN 'Trukket tilbage' END, 1
    FROM nd_consent c;
    INSERT INTO consent_need (consent_id, need_revision_id)
    SELECT c.id, n.revision_id FROM nd_consent c JOIN nd_need n ON n.student_id = c.student_id;

    -- an offer for every third student, in every state, with its history
    CREATE TEMP TABLE nd_offer ON COMMIT DROP AS
    SELECT s.g, s.id AS student_id, s.start_date, nextval('record_seq') AS id,
           (SELECT o.id FROM support_offer o ORDER BY o.code OFFSET s.g % 8 LIMIT 1) AS offer_id,
           (ARRAY['PROPOSED','AGREED','ACTIVE','COMPLETED','DECLINED','CANCELLED'])[1 + (s.g / 3) % 6] AS status
    FROM nd_student s WHERE s.g % 3 = 0;
    INSERT INTO student_offer (id, student_id, offer_id, status, responsible, outcome, helped, version)
    SELECT o.id, o.student_id, o.offer_id, o.status, 'national-data',
           CASE WHEN o.status = 'COMPLETED' THEN 'Gennemført som aftalt.' END,
           CASE WHEN o.status = 'COMPLETED' THEN (ARRAY['YES','PARTLY','NO'])[1 + o.g % 3] END, 1
    FROM nd_offer o;
    INSERT INTO student_offer_event (id, student_offer_id, status, at, by_username)
    SELECT nextval('record_seq'), o.id, 'PROPOSED', o.start_date + 20, 'national-data' FROM nd_offer o
    UNION ALL
    SELECT nextval('record_seq'), o.id, o.status, o.start_date + 40, 'national-data' FROM nd_offer o
    WHERE o.status <> 'PROPOSED';

    -- an open case with a few journal entries for every third student and every student of the demo contact person
    CREATE TEMP TABLE nd_case ON COMMIT DROP AS
    SELECT s.id AS student_id, s.start_date, nextval('record_seq') AS id FROM nd_student s
    WHERE s.g % 3 = 1 OR (s.g <= 400 AND s.g % 7 = 0);
    INSERT INTO student_case (id, student_id, opened_by, opened_at, version)
    SELECT c.id, c.student_id, 'national-data', c.start_date + 10, 1 FROM nd_case c;
    INSERT INTO journal_entry (id, case_id, entry_date, text, author, written_at)
    SELECT nextval('record_seq'), c.id, c.start_date + 10 + n * 30, 'Opfølgende samtale nr. ' || n || '.',
           'national-data', c.start_date + 10 + n * 30
    FROM nd_case c, generate_series(1, 3) n;

    -- the audit trail: events_per_student events about each student over the years since their start, by the
    -- people around them; one in ten a view of needs (with what was seen), one in twenty a list of 25 students
    CREATE TEMP TABLE nd_event ON COMMIT DROP AS
    SELECT e.*, nextval('record_seq') AS id FROM (
        SELECT s.g, s.id AS student_id, n,
               s.start_date + make_interval(secs => (n * 86400.0 * (current_date - s.start_date)
                   / events_per_student) + s.g % 86400) AS occurred_at
        FROM nd_student s, generate_series(1, events_per_student) n
        ORDER BY 4) e;
    INSERT INTO audit_event (id, occurred_at, actor_username, actor_roles, action, record_type, record_id,
                             student_id, outcome, organisation, student_view)
    SELECT e.id, e.occurred_at,
           CASE e.n % 4 WHEN 0 THEN 'nd.ov' || ((e.g - 1) / 100 + 1) || '.' || (1 + e.g % 5)
                        WHEN 1 THEN 'nd.mentor' || ((e.g - 1) / 40 + 1)
                        ELSE 'nd.kp' || ((e.g - 1) / 60 + 1) END,
           CASE e.n % 4 WHEN 0 THEN 'training-supervisor' WHEN 1 THEN 'mentor' ELSE 'contact-person' END,
           CASE WHEN e.n % 20 = 3 THEN 'LIST' WHEN e.n % 10 = 0 THEN 'VIEW_NEEDS'
                ELSE (ARRAY['VIEW','OPEN_PAGE','READ_JOURNAL','READ_CONSENTS'])[1 + e.n % 4] END,
           CASE WHEN e.n % 20 = 3 THEN 'STUDENT_LIST' ELSE 'STUDENT' END,
           CASE WHEN e.n % 20 = 3 THEN NULL ELSE e.student_id END,
           CASE WHEN e.n % 20 = 3 THEN NULL ELSE e.student_id END,
           CASE WHEN e.n % 97 = 0 THEN 'DENIED' ELSE 'ALLOWED' END,
           CASE WHEN e.n % 4 = 0 THEN 'Oplæringssted ' || ((e.g - 1) / 100 + 1) END,
           CASE WHEN e.n % 20 = 3 THEN NULL WHEN e.n % 4 = 0 THEN 'PLACEMENT' WHEN e.n % 4 = 1 THEN 'MENTORING'
                ELSE 'FULL' END
    FROM nd_event e;
    INSERT INTO audit_seen_need (event_id, position, need_id, category, level)
    SELECT e.id, 0, n.id, n.category, CASE WHEN e.n % 4 = 0 THEN 'ACCOMMODATIONS' ELSE 'FULL' END
    FROM nd_event e JOIN nd_need n ON n.student_id = e.student_id AND n.k = 1
    WHERE e.n % 10 = 0 AND e.n % 97 <> 0;
    INSERT INTO audit_listed_student (event_id, position, student_id)
    SELECT e.id, k, s.id
    FROM nd_event e CROSS JOIN generate_series(0, 24) k
    JOIN nd_student s ON s.g = first_student + (e.g - first_student + k * 7) % (last_student - first_student + 1)
    WHERE e.n % 20 = 3;
END;
$$;
