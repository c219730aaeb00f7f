package dk.brobygger.stack;

import dk.brobygger.infrastructure.persistence.Migrations;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Builds the records a test needs straight in the test database, as the schema owner: every test makes its own
 * students (with numbers of their own), so no test depends on another or on demo data.
 */
final class TestRecords {

    static final LocalDate TODAY = LocalDate.now();

    private TestRecords() {
    }

    /** The profile of a demo user, registered as the school would if it did not know them yet. */
    static long person(String username) throws SQLException {
        update("INSERT INTO user_profile (id, username, display_name, email, version)"
                + " VALUES (nextval('user_profile_seq'), ?, ?, ?, 1) ON CONFLICT (username) DO NOTHING",
                username, DemoUsers.fromRealm().byUsername(username).name(), username + "@brobygger.example");
        return queryLong("SELECT id FROM user_profile WHERE username = ?", username);
    }

    static long student(String firstName, String lastName) throws SQLException {
        long id = nextId();
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        update("INSERT INTO student (id, student_number, first_name, last_name, birth_date, programme, site, team,"
                + " start_date, status, status_date, version) VALUES (?, ?, ?, ?, ?, 'SSA', 'HERLEV', 'SSA-TEST', ?,"
                + " 'ACTIVE', ?, 1)", id, number, firstName, lastName, Date.valueOf(TODAY.minusYears(20)),
                Date.valueOf(TODAY.minusMonths(6)), Date.valueOf(TODAY.minusMonths(6)));
        return id;
    }

    /** A student of a programme at a site and in a team, who started on {@code start}. */
    static long student(String programme, String site, String team, LocalDate start) throws SQLException {
        long id = student("Rapport", "Elev");
        update("UPDATE student SET programme = ?, site = ?, team = ?, start_date = ?, status_date = ? WHERE id = ?",
                programme, site, team, Date.valueOf(start), Date.valueOf(start), id);
        return id;
    }

    /** A change of the student's status from {@code effective}, kept in their history as the application keeps it. */
    static void statusChange(long studentId, String status, LocalDate effective) throws SQLException {
        update("INSERT INTO student_status_change (id, student_id, status, effective_date, reason, changed_by,"
                + " changed_at) VALUES (?, ?, ?, ?, 'Test', 'ul.christensen', now())", nextId(), studentId, status,
                Date.valueOf(effective));
        update("UPDATE student SET status = ?, status_date = ? WHERE id = ?", status, Date.valueOf(effective),
                studentId);
    }

    /** A follow-up the mentor raised from a session for the student's contact person: handled or still open. */
    static long followUp(long studentId, long sessionId, boolean handled) throws SQLException {
        long id = nextId();
        update("INSERT INTO task (id, student_id, kind, session_id, message, due_on, status, created_at, closed_at,"
                + " closed_by, version) VALUES (?, ?, 'MENTOR_FOLLOW_UP', ?, 'Tag en snak om vagterne', ?, ?, now(),"
                + " CASE WHEN ? THEN now() END, CASE WHEN ? THEN 'kp.hansen' END, 1)", id, studentId, sessionId,
                Date.valueOf(TODAY.plusDays(3)), handled ? "DONE" : "OPEN", handled, handled);
        return id;
    }

    /** A consent to a placement period the contact person proposed and the student has not answered. */
    static long proposedConsent(long studentId, long periodId, LocalDate until) throws SQLException {
        long id = nextId();
        update("INSERT INTO consent (id, student_id, period_id, level, purpose, valid_until, status, proposed_by,"
                + " proposed_at, version) VALUES (?, ?, ?, 'ACCOMMODATIONS', 'Test', ?, 'PROPOSED', 'kp.hansen', now(),"
                + " 1)", id, studentId, periodId, Date.valueOf(until));
        return id;
    }

    /**
     * A transition task of the catalogue offer {@code code} for the student, due on {@code due}: open when
     * {@code doneOn} is null, else done that day.
     */
    static long task(long studentId, String code, LocalDate due, LocalDate doneOn) throws SQLException {
        long id = nextId();
        update("INSERT INTO task (id, student_id, kind, offer_id, anchor, offset_days, due_on, status, created_at,"
                + " closed_at, closed_by, version) SELECT ?, ?, 'TRANSITION', id, 'START', -14, ?, ?, now(),"
                + " CAST(? AS TIMESTAMPTZ), ?, 1 FROM support_offer WHERE code = ?", id, studentId, Date.valueOf(due),
                doneOn == null ? "OPEN" : "DONE", doneOn == null ? null : doneOn + " 12:00 Europe/Copenhagen",
                doneOn == null ? null : "kp.hansen", code);
        return id;
    }

    /** Links the student's record to the person's account (their profile), taking it from any other student. */
    static void linkAccount(long studentId, String username) throws SQLException {
        long account = person(username);
        update("UPDATE student SET account_id = NULL WHERE account_id = ?", account);
        update("UPDATE student SET account_id = ? WHERE id = ?", account, studentId);
    }

    static void contactPerson(long studentId, String username, LocalDate from, LocalDate to) throws SQLException {
        assign(studentId, username, "CONTACT_PERSON", null, from, to);
    }

    /** An individual mentor assignment; returns its id. */
    static long mentor(long studentId, String username, LocalDate from, LocalDate to) throws SQLException {
        return assign(studentId, username, "MENTOR", "INDIVIDUAL", from, to);
    }

    /** An individual mentor assignment with an agreed cadence (WEEKLY, FORTNIGHTLY, MONTHLY); returns its id. */
    static long mentor(long studentId, String username, LocalDate from, LocalDate to, String cadence)
            throws SQLException {
        long id = mentor(studentId, username, from, to);
        update("UPDATE assignment SET cadence = ? WHERE id = ?", cadence, id);
        return id;
    }

    /** A peer mentor assignment without an end; returns its id. */
    static long peerMentor(long studentId, String username, LocalDate from) throws SQLException {
        return assign(studentId, username, "MENTOR", "PEER", from, null);
    }

    /** An individual session the mentor logged, about one topic (WELL_BEING); returns its id. */
    static long session(String mentor, long studentId, LocalDate heldOn, String summary, boolean shared)
            throws SQLException {
        long id = nextId();
        update("INSERT INTO mentor_session (id, mentor_profile_id, format, held_on, duration_minutes, summary,"
                + " logged_at) VALUES (?, ?, 'INDIVIDUAL', ?, 30, ?, now())", id, person(mentor),
                Date.valueOf(heldOn), summary);
        update("INSERT INTO mentor_session_topic (session_id, topic) VALUES (?, 'WELL_BEING')", id);
        update("INSERT INTO mentor_session_attendee (session_id, student_id) VALUES (?, ?)", id, studentId);
        if (shared) {
            update("INSERT INTO mentor_session_shared_about (session_id, student_id) VALUES (?, ?)", id, studentId);
        }
        return id;
    }

    private static long assign(long studentId, String username, String kind, String mentorType, LocalDate from,
                               LocalDate to) throws SQLException {
        long id = nextId();
        update("INSERT INTO assignment (id, student_id, profile_id, kind, mentor_type, valid_from, valid_to,"
                + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'test', now(), 1)", id,
                studentId, person(username), kind, mentorType, Date.valueOf(from), to == null ? null : Date.valueOf(to));
        return id;
    }

    /** An active need recorded by Karen Hansen (its first version); returns the need's id. */
    static long need(long studentId, String category, String description, String accommodations)
            throws SQLException {
        long id = nextId();
        update("INSERT INTO need (id, student_id, revision, category, description, accommodations, source, status,"
                + " recorded_by, recorded_at, version) VALUES (?, ?, 1, ?, ?, ?, 'INTERVIEW', 'ACTIVE', 'kp.hansen',"
                + " now(), 1)", id, studentId, category, description, accommodations);
        update("INSERT INTO need_revision (id, need_id, revision, category, description, accommodations, source,"
                + " status, recorded_by, recorded_at) SELECT ?, id, revision, category, description, accommodations,"
                + " source, status, recorded_by, recorded_at FROM need WHERE id = ?", nextId(), id);
        return id;
    }

    /**
     * A consent the student gave in the application, to a period's supervisors or (with {@code mentorAssignment})
     * a mentor, sharing the current version of these needs at this level; returns its id.
     */
    static long consent(long studentId, Long periodId, Long mentorAssignment, String level, LocalDate until,
                        long... needIds) throws SQLException {
        long id = nextId();
        update("INSERT INTO consent (id, student_id, period_id, assignment_id, level, purpose, valid_until, status,"
                + " proposed_by, proposed_at, given_how, given_by, given_at, text_version, text_language, text_hash,"
                + " version) VALUES (?, ?, ?, ?, ?, 'Test', ?, 'GIVEN', 'elev.larsen', now(), 'IN_APPLICATION',"
                + " 'elev.larsen', now(), '1', 'da', repeat('0', 64), 1)", id, studentId, periodId, mentorAssignment,
                level, Date.valueOf(until));
        // all the needs in one statement: a consent's needs are written together, never added to later
        update("INSERT INTO consent_need (consent_id, need_revision_id) SELECT ?, r.id FROM need_revision r"
                + " JOIN need n ON n.id = r.need_id AND n.revision = r.revision WHERE n.id = ANY (?)", id,
                Arrays.stream(needIds).boxed().toArray(Long[]::new));
        return id;
    }

    /**
     * An offer from the catalogue (by code) for the student, proposed by Karen Hansen, in this status and linked to
     * these needs; returns its id.
     */
    static long offer(long studentId, String code, String status, long... needIds) throws SQLException {
        long id = nextId();
        update("INSERT INTO student_offer (id, student_id, offer_id, status, responsible, outcome, helped, version)"
                + " SELECT ?, ?, id, ?, 'kp.hansen', CASE WHEN ? = 'COMPLETED' THEN 'Test' END,"
                + " CASE WHEN ? = 'COMPLETED' THEN 'YES' END, 1 FROM support_offer WHERE code = ?", id, studentId,
                status, status, status, code);
        update("INSERT INTO student_offer_event (id, student_offer_id, status, at, by_username) VALUES (?, ?, ?,"
                + " now(), 'kp.hansen')", nextId(), id, status);
        for (long needId : needIds) {
            update("INSERT INTO student_offer_need (student_offer_id, need_id) VALUES (?, ?)", id, needId);
        }
        return id;
    }

    static long placement(String... supervisors) throws SQLException {
        long id = nextId();
        update("INSERT INTO placement (id, name, type, size, area, version) VALUES (?, ?, 'NURSING_HOME', 'SMALL',"
                + " 'Test', 1)", id, "Teststed " + UUID.randomUUID());
        for (String supervisor : supervisors) {
            update("INSERT INTO placement_supervisor (placement_id, profile_id) VALUES (?, ?)", id, person(supervisor));
        }
        return id;
    }

    /** A period (code 1a) followed by these supervisors of the placement; returns its id. */
    static long period(long studentId, long placementId, LocalDate start, LocalDate end, String... supervisors)
            throws SQLException {
        long id = nextId();
        update("INSERT INTO placement_period (id, student_id, placement_id, period_code, start_date, end_date,"
                + " version) VALUES (?, ?, ?, '1a', ?, ?, 1)", id, studentId, placementId, Date.valueOf(start),
                Date.valueOf(end));
        for (String supervisor : supervisors) {
            update("INSERT INTO period_supervisor (period_id, profile_id) VALUES (?, ?)", id, person(supervisor));
        }
        return id;
    }

    /** How many audit events of this outcome there are for this user about this student. */
    static long auditEvents(String username, long studentId, String outcome) throws SQLException {
        return queryLong("SELECT count(*) FROM audit_event WHERE actor_username = ? AND student_id = ?"
                + " AND outcome = ?", username, studentId, outcome);
    }

    static long count(String sql, Object... parameters) throws SQLException {
        return queryLong(sql, parameters);
    }

    /** Waits until the sealer has sealed every audit event written so far into the chain (docs/audit.md). */
    static void awaitSealed() throws SQLException, InterruptedException {
        awaitSealed(Duration.ofSeconds(15));
    }

    static void awaitSealed(Duration atMost) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (count("SELECT count(*) FROM audit_event WHERE chain_seq IS NULL") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Audit events were not sealed within " + atMost);
            }
            Thread.sleep(100);
        }
    }

    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The first column of every row of a query, as text. */
    static List<String> lines(String sql, Object... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    private static long nextId() throws SQLException {
        return queryLong("SELECT nextval('record_seq')");
    }

    static Connection connect() throws SQLException {
        DatabaseSettings db = TestStack.database();
        Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
        c.setSchema(Migrations.SCHEMA);
        return c;
    }

    static void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters)) {
            s.executeUpdate();
        }
    }

    private static long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
