package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the student lists answer with tens of thousands of students, as a person meets them (a page over
 * HTTP, rendered). Prints figures; sets no targets. Run with bin/benchmark, not part of the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class StudentListBenchmark {

    private static final int STUDENTS = 30_000;
    private static final int ROUNDS = 20;
    private static final int STATEMENT_TARGET = 10;
    private static final String FIRST_NAMES = "ARRAY['Anna','Mads','Fatima','Jonas','Sofie','Ali','Emma','Lars',"
            + "'Ida','Omar','Freja','Noah','Maja','Yusuf','Clara','Emil','Laura','Ahmad','Ella','Oscar']";
    private static final String LAST_NAMES = "ARRAY['Nielsen','Jensen','Hansen','Pedersen','Andersen','Christensen',"
            + "'Larsen','Sørensen','Rasmussen','Jørgensen','Petersen','Madsen','Kristensen','Olsen','Thomsen',"
            + "'Christiansen','Poulsen','Johansen','Møller','Mortensen','Demir','Hussein','Yilmaz','Ali','Khan',"
            + "'Karlsen','Holm','Berg','Lund','Dam']";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void studentListsWithTensOfThousandsOfStudents() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long started = System.nanoTime();
        TestRecords.update("INSERT INTO student (id, student_number, first_name, last_name, birth_date, programme,"
                + " site, team, start_date, status, status_date, version)"
                + " SELECT nextval('record_seq'), 'B' || lpad(g::text, 8, '0'), (" + FIRST_NAMES + ")[1 + g % 20],"
                + " (" + LAST_NAMES + ")[1 + (g / 20) % 30], date '1995-01-01' + g % 4000,"
                + " (ARRAY['SSH','SSA','PA'])[1 + g % 3], (ARRAY['SKELBAEKGADE','BROENDBY','HERLEV','NORD'])[1 + g % 4],"
                + " 'BM-' || g % 300, date '2025-08-01', 'ACTIVE', date '2025-08-01', 1"
                + " FROM generate_series(1, ?) g", STUDENTS);
        TestRecords.update("INSERT INTO assignment (id, student_id, profile_id, kind, valid_from, created_by,"
                + " created_at, version) SELECT nextval('record_seq'), s.id, ?, 'CONTACT_PERSON', date '2025-08-01',"
                + " 'benchmark', now(), 1 FROM student s WHERE s.student_number LIKE 'B%' AND substr(s.student_number, 2)::int % 500 = 0",
                TestRecords.person("kp.hansen"));
        TestRecords.update("INSERT INTO placement_period (id, student_id, placement_id, period_code, start_date,"
                + " end_date, version) SELECT nextval('record_seq'), s.id, ?, '1a', current_date - 10,"
                + " current_date + 30, 1 FROM student s WHERE s.student_number LIKE 'B%' AND substr(s.student_number, 2)::int % 1000 = 0",
                placement);
        TestRecords.update("INSERT INTO period_supervisor (period_id, profile_id) SELECT p.id, ? FROM"
                + " placement_period p WHERE p.placement_id = ?", TestRecords.person("ov.nielsen"), placement);
        TestRecords.update("INSERT INTO assignment (id, student_id, profile_id, kind, mentor_type, cadence, valid_from,"
                + " valid_to, created_by, created_at, version) SELECT nextval('record_seq'), s.id, ?, 'MENTOR',"
                + " 'INDIVIDUAL', 'MONTHLY', date '2025-08-01', current_date + 200, 'benchmark', now(), 1"
                + " FROM student s WHERE s.student_number LIKE 'B%' AND substr(s.student_number, 2)::int % 700 = 0",
                TestRecords.person("mentor.andersen"));
        TestRecords.update("ANALYZE");
        long students = TestRecords.count("SELECT count(*) FROM student");
        System.out.printf("%nStudent lists with %,d students in the database (seeded in %d ms)%n", students,
                (System.nanoTime() - started) / 1_000_000);

        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        HttpResponse<String> overview = leader.get("leader/index.xhtml");

        measure("education leader, first page of all", () -> overview, page -> leader.get("leader/index.xhtml"),
                "/ " + students);
        measure("education leader, search by part of a name", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "search", Map.of("students:text", "rgensen")), "/ 1000");
        measure("education leader, search by student number", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "search", Map.of("students:text", "b00012")), "/ 1000");
        measure("education leader, page 1,000 of all (ajax paging)", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "table", Map.of("jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "students:table", "jakarta.faces.partial.execute", "students:table",
                        "jakarta.faces.partial.render", "students:table", "students:table_pagination", "true",
                        "students:table_first", String.valueOf(students - 25), "students:table_rows", "25",
                        "students:table_skipChildren", "true", "students:table_encodeFeature", "true")),
                "students:table");
        measure("contact person, my students", () -> null, page -> contact.get("contact/index.xhtml"), "/ 60");
        measure("training supervisor, my students", () -> null, page -> supervisor.get("supervisor/index.xhtml"),
                "/ 30");
        statements(students, contact, supervisor);
        plan("name search", "rgensen");
        plan("student-number search", "B00012");
        System.out.println();
    }

    /**
     * How many SQL statements each main page view sends (the server counts them when the benchmark runs it), against
     * the target of docs/performance.md: a page view costs the same few statements whatever the number of students.
     */
    private static void statements(long students, SignedInClient contact, SignedInClient supervisor)
            throws Exception {
        SignedInClient mentor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("mentor.andersen"));
        long contactsStudent = TestRecords.count("SELECT min(a.student_id) FROM assignment a JOIN user_profile p"
                + " ON p.id = a.profile_id WHERE p.username = 'kp.hansen' AND a.kind = 'CONTACT_PERSON'");
        long supervisedStudent = TestRecords.count("SELECT min(pp.student_id) FROM placement_period pp"
                + " JOIN period_supervisor ps ON ps.period_id = pp.id JOIN user_profile p ON p.id = ps.profile_id"
                + " WHERE p.username = 'ov.nielsen' AND pp.end_date >= current_date");
        System.out.printf("  SQL statements per page view with %,d students (target: at most %d)%n", students,
                STATEMENT_TARGET);
        count("contact person, my students", contact, "contact/index.xhtml");
        count("contact person, a student's page", contact, "students/view.xhtml?id=" + contactsStudent);
        count("contact person, task list", contact, "contact/tasks.xhtml");
        count("training supervisor, a student's page", supervisor, "students/view.xhtml?id=" + supervisedStudent);
        count("mentor, my mentees", mentor, "mentor/index.xhtml");
    }

    private static void count(String what, SignedInClient client, String url) throws Exception {
        client.get(url);
        HttpResponse<String> response = client.get(url);
        assertEquals(200, response.statusCode(), what);
        // a failure ends on an error page (a redirect, so 200 too), whose view counts no statements
        assertTrue(response.uri().toString().endsWith(url), what + " ended on " + response.uri());
        int statements = Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow(() ->
                new IllegalStateException("The server did not count statements: BROBYGGER_COUNT_STATEMENTS")));
        System.out.printf("  %-52s %3d statements   %s%n", what, statements,
                statements <= STATEMENT_TARGET ? "pass" : "MISS");
    }

    /** The database's plan for a search as the list asks it (the query EclipseLink generates, written out). */
    private static void plan(String what, String text) throws Exception {
        System.out.printf("  Plan of the %s ('%s'):%n", what, text);
        for (String line : TestRecords.lines("EXPLAIN (ANALYZE, COSTS OFF) SELECT ID FROM student WHERE"
                + " (search_name LIKE ? OR student_number LIKE ?) ORDER BY last_name, first_name, ID LIMIT 25",
                "%" + text.toLowerCase(Locale.ROOT) + "%", text.toUpperCase(Locale.ROOT) + "%")) {
            System.out.println("    " + line);
        }
    }

    private interface Prepare {
        HttpResponse<String> page() throws Exception;
    }

    private interface Request {
        HttpResponse<String> send(HttpResponse<String> page) throws Exception;
    }

    /**
     * Times {@code request}, on a page {@code prepare} fetched untimed (a page's form is posted once, as a person
     * would), and checks that each answer is the real one: it holds {@code expected}.
     */
    private static void measure(String what, Prepare prepare, Request request, String expected)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = -3; i < ROUNDS; i++) {
            HttpResponse<String> page = prepare.page();
            long start = System.nanoTime();
            HttpResponse<String> response = request.send(page);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, response.statusCode(), what);
            assertTrue(response.body().contains(expected), what + ": " + response.body());
            if (i >= 0) {
                times.add(millis);
            }
        }
        Collections.sort(times);
        System.out.printf("  %-52s median %4d ms   p95 %4d ms   max %4d ms%n", what, times.get(ROUNDS / 2),
                times.get(ROUNDS * 95 / 100 - 1), times.get(ROUNDS - 1));
    }
}
