package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * How fast the lists and the audit trail answer on the national data set, one person at a time, as a person meets
 * them (a page over HTTP, rendered), and how many SQL statements the main page views send. Prints the figures, with
 * pass or miss where docs/performance.md sets a target. Run with bin/benchmark, not part of the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class StudentListBenchmark {

    private static final int ROUNDS = 20;
    private static final int STATEMENT_TARGET = 10;
    private static final long SEARCH_TARGET_MILLIS = 300;
    private static final long REPORT_TARGET_MILLIS = 2000;
    private static final long COPY_TARGET_MILLIS = 3000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void studentListsWithTensOfThousandsOfStudents() throws Exception {
        NationalData.growTo(40_000);
        long students = TestRecords.count("SELECT count(*) FROM student");
        System.out.printf("%nStudent lists with %,d students in the database%n", students);

        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        HttpResponse<String> overview = leader.get("leader/index.xhtml");

        measure("education leader, first page of all", () -> overview, page -> leader.get("leader/index.xhtml"),
                "/ " + students);
        measure("education leader, search by part of a name", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "search", Map.of("students:text", "rgensen")),
                "/ " + TestRecords.count("SELECT count(*) FROM student WHERE search_name LIKE '%rgensen%'"));
        measure("education leader, search by student number", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "search", Map.of("students:text", "n00012")), "/ 1000");
        measure("education leader, page 1,000 of all (ajax paging)", () -> leader.get("leader/index.xhtml"),
                page -> leader.submit(page, "students", "table", Map.of("jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "students:table", "jakarta.faces.partial.execute", "students:table",
                        "jakarta.faces.partial.render", "students:table", "students:table_pagination", "true",
                        "students:table_first", String.valueOf(students - 25), "students:table_rows", "25",
                        "students:table_skipChildren", "true", "students:table_encodeFeature", "true")),
                "students:table");
        measure("contact person, my students", () -> null, page -> contact.get("contact/index.xhtml"),
                "/ " + TestRecords.count("SELECT count(*) FROM assignment a JOIN user_profile p ON p.id = a.profile_id"
                        + " WHERE p.username = 'kp.hansen' AND a.kind = 'CONTACT_PERSON'"));
        measure("training supervisor, my students", () -> null, page -> supervisor.get("supervisor/index.xhtml"),
                "students:table");
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        long events = TestRecords.count("SELECT count(*) FROM audit_event");
        String about = TestRecords.text("SELECT min(id)::text FROM student WHERE student_number LIKE 'N%'");
        long search = measure(String.format("data protection officer, search %,d events by student", events),
                () -> dpo.get("dpo/index.xhtml"), page -> dpo.submit(page, "audit", "search", Map.of(
                        "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "audit:search",
                        "jakarta.faces.partial.execute", "audit", "jakarta.faces.partial.render", "audit:events",
                        "audit:student", about)), "audit:events");
        long paging = measure("data protection officer, page 2 of the trail (ajax paging)", () -> dpo.get("dpo/index.xhtml"),
                page -> dpo.submit(page, "audit", "events", Map.of("jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "audit:events", "jakarta.faces.partial.execute", "audit:events",
                        "jakarta.faces.partial.render", "audit:events", "audit:events_pagination", "true",
                        "audit:events_first", "50", "audit:events_rows", "50", "audit:events_skipChildren", "true",
                        "audit:events_encodeFeature", "true")), "audit:events");
        System.out.printf("  data protection officer's search and page: p95 at most %d ms: %s%n", SEARCH_TARGET_MILLIS,
                Math.max(search, paging) <= SEARCH_TARGET_MILLIS ? "pass" : "MISS");
        long dropout = Math.max(measure("education leader, dropout report (last three start years)", () -> null,
                page -> leader.get("leader/dropout.xhtml"), "id=\"dropout\""),
                measure("education leader, dropout report, one site, five start years",
                        () -> leader.get("leader/dropout.xhtml"), page -> leader.submit(page, "filters", "show",
                                Map.of("filters:site", "HERLEV", "filters:fromYear", "2022",
                                        "filters:toYear", String.valueOf(TestRecords.TODAY.getYear()))),
                        "Afdeling: Herlev"));
        long reports = dropout;
        for (String[] report : new String[][] {{"support offers", "leader/offer-report.xhtml", "id=\"uptake\""},
            {"mentoring", "leader/mentoring-report.xhtml", "id=\"sessions\""},
            {"consent coverage", "reports/consent.xhtml", "id=\"sites\""},
            {"training plans", "leader/plan-report.xhtml", "id=\"sites\""}}) {
            reports = Math.max(reports, measure("education leader, " + report[0] + " report", () -> null,
                    page -> leader.get(report[1]), report[2]));
        }
        System.out.printf("  every report within %d ms: %s%n", REPORT_TARGET_MILLIS,
                reports <= REPORT_TARGET_MILLIS ? "pass" : "MISS");
        // the demo student's record in the national data has years of history, her access log hundreds of lines
        SignedInClient own = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
        long logged = TestRecords.count("SELECT count(*) FROM audit_event e JOIN student s ON s.id = e.student_id"
                + " JOIN user_profile p ON p.id = s.account_id WHERE p.username = 'elev.larsen'");
        long copy = measure(String.format("student, a copy of all her data (%,d events about her)", logged),
                () -> own.get("student/index.xhtml"), page -> own.download(page, "copy", "download", Map.of()),
                "data.json");
        System.out.printf("  a student's copy within %d ms: %s%n", COPY_TARGET_MILLIS,
                copy <= COPY_TARGET_MILLIS ? "pass" : "MISS");
        statements(students, contact, supervisor, dpo);
        plan("name search", "rgensen");
        plan("student-number search", "N00012");
        System.out.println();
    }

    /**
     * How many SQL statements each main page view sends (the server counts them when the benchmark runs it), against
     * the target of docs/performance.md: a page view costs the same few statements whatever the number of students.
     */
    private static void statements(long students, SignedInClient contact, SignedInClient supervisor,
                                   SignedInClient dpo) throws Exception {
        SignedInClient mentor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("mentor.andersen"));
        SignedInClient student = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
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
        count("student, my page", student, "student/index.xhtml");
        count("student, who has seen my data", student, "student/access.xhtml");
        count("data protection officer, the audit trail", dpo, "dpo/index.xhtml");
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
        HttpResponse<?> send(HttpResponse<String> page) throws Exception;
    }

    /**
     * Times {@code request}, on a page {@code prepare} fetched untimed (a page's form is posted once, as a person
     * would), and checks that each answer is the real one: it holds {@code expected} (a page, or a file).
     */
    private static long measure(String what, Prepare prepare, Request request, String expected)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = -3; i < ROUNDS; i++) {
            HttpResponse<String> page = prepare.page();
            long start = System.nanoTime();
            HttpResponse<?> response = request.send(page);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, response.statusCode(), what);
            // a ZIP file holds its files' names as they are
            String body = response.body() instanceof byte[] file ? new String(file, StandardCharsets.ISO_8859_1)
                    : (String) response.body();
            assertTrue(body.contains(expected), what + ": " + body);
            if (i >= 0) {
                times.add(millis);
            }
        }
        Collections.sort(times);
        long p95 = times.get(ROUNDS * 95 / 100 - 1);
        System.out.printf("  %-52s median %4d ms   p95 %4d ms   max %4d ms%n", what, times.get(ROUNDS / 2), p95,
                times.get(ROUNDS - 1));
        return p95;
    }
}
