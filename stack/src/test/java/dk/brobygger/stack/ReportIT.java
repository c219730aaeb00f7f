package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The education leader's dropout report (docs/reports.md) over small cohorts with known statuses: each student
 * counted by their status three months after their own start, small counts hidden on the page and in the files,
 * each run audited with its filters, and the report closed to other roles.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    /** A team of its own, so that the report counts this test's students only. */
    private static final String TEAM = "R-" + UUID.randomUUID().toString().substring(0, 8);
    /** The mentoring report's own team. */
    private static final String MENTORING_TEAM = "M-" + UUID.randomUUID().toString().substring(0, 8);
    /** The consent coverage report's own team. */
    private static final String COVERAGE_TEAM = "C-" + UUID.randomUUID().toString().substring(0, 8);
    /** The training plan report's own team. */
    private static final String PLAN_TEAM = "P-" + UUID.randomUUID().toString().substring(0, 8);
    /** The support offers report's own team. */
    private static final String OFFER_TEAM = "O-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Pattern ROW = Pattern.compile(
            "<tr><th scope=\"row\">([^<]+)</th><th scope=\"row\">(\\d{4})</th>(.*?)</tr>", Pattern.DOTALL);
    /** A report's filters as its audit event holds them: site, team and start years. */
    private static final String FILTERS_AUDITED = "SELECT concat_ws(' ', report_site, report_team,"
            + " report_from_year || '-' || report_to_year) FROM audit_event WHERE actor_username = ?";
    private static final String RUNS = "SELECT count(*) FROM audit_event WHERE actor_username = 'ul.christensen'"
            + " AND action = 'RUN_REPORT'";
    private static final Pattern NAMED_ROW = Pattern.compile("<tr[^>]*><th scope=\"row\">([^<]+)</th>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"number\">([^<]*)</td>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void cohorts() throws Exception {
        // PA who started 15 August 2021: their day is 15 November 2021
        LocalDate pa = LocalDate.of(2021, 8, 15);
        for (int i = 0; i < 9; i++) {
            TestRecords.student("PA", "NORD", TEAM, pa);
        }
        TestRecords.statusChange(TestRecords.student("PA", "NORD", TEAM, pa), "DROPPED_WITHOUT_REENROLMENT",
                LocalDate.of(2021, 10, 1));
        // dropped out after the day: still in progress three months after start
        TestRecords.statusChange(TestRecords.student("PA", "NORD", TEAM, pa), "DROPPED_WITHOUT_REENROLMENT",
                LocalDate.of(2021, 12, 1));
        // on the day itself: counted as dropped out
        TestRecords.statusChange(TestRecords.student("PA", "NORD", TEAM, pa), "DROPPED_WITH_REENROLMENT",
                LocalDate.of(2021, 11, 15));

        // SSH who started 1 February 2022: 10 in progress (one of them back after a dropout), 5 and 5 dropped out
        LocalDate ssh = LocalDate.of(2022, 2, 1);
        for (int i = 0; i < 9; i++) {
            TestRecords.student("SSH", "NORD", TEAM, ssh);
        }
        long back = TestRecords.student("SSH", "NORD", TEAM, ssh);
        TestRecords.statusChange(back, "DROPPED_WITHOUT_REENROLMENT", LocalDate.of(2022, 2, 10));
        TestRecords.statusChange(back, "ACTIVE", LocalDate.of(2022, 3, 1));
        for (int i = 0; i < 5; i++) {
            TestRecords.statusChange(TestRecords.student("SSH", "NORD", TEAM, ssh), "DROPPED_WITH_REENROLMENT",
                    LocalDate.of(2022, 3, 15));
            TestRecords.statusChange(TestRecords.student("SSH", "NORD", TEAM, ssh), "DROPPED_WITHOUT_REENROLMENT",
                    LocalDate.of(2022, 4, 1));
        }
        // started a month ago: not counted until three months have passed
        TestRecords.student("SSH", "NORD", TEAM, TestRecords.TODAY.minusMonths(1));

        // support offers, 2024: five completed "Fagsprog" (one of them dropped out since), one proposed, and eight
        // others with a language need (two dropped out), one of them the student it was proposed to
        LocalDate start = LocalDate.of(2024, 8, 1);
        for (int i = 0; i < 6; i++) {
            long student = TestRecords.student("SSA", "SKELBAEKGADE", OFFER_TEAM, start);
            long need = TestRecords.need(student, "LANGUAGE", "Dansk som andetsprog", null);
            TestRecords.offer(student, "FAGSPROG", i < 5 ? "COMPLETED" : "PROPOSED", need);
            if (i == 0) {
                TestRecords.statusChange(student, "DROPPED_WITHOUT_REENROLMENT", LocalDate.of(2025, 3, 1));
            }
            if (i < 5) {
                // transition tasks: eight done on time, five late, one overdue
                for (int t = 0; t < 3 && i * 3 + t < 14; t++) {
                    int n = i * 3 + t;
                    LocalDate due = LocalDate.of(2024, 9, 1);
                    TestRecords.task(student, "FORBEREDELSESDAG", due, n < 8 ? due : n < 13 ? due.plusDays(3) : null);
                }
            }
        }
        for (int i = 0; i < 7; i++) {
            long student = TestRecords.student("SSA", "SKELBAEKGADE", OFFER_TEAM, start);
            TestRecords.need(student, "LANGUAGE", "Dansk som andetsprog", null);
            if (i < 2) {
                TestRecords.statusChange(student, "DROPPED_WITH_REENROLMENT", LocalDate.of(2025, 1, 10));
            }
        }
    }

    @Test
    void theMentoringReportShowsSessionsPerMenteeOverdueMenteesAndFollowUps() throws Exception {
        LocalDate today = TestRecords.TODAY;
        // six mentees of a peer mentor, two sessions each in the last 12 months (and one older, not counted)
        for (int i = 0; i < 6; i++) {
            long student = TestRecords.student("SSA", "NORD", MENTORING_TEAM, LocalDate.of(2025, 2, 1));
            TestRecords.peerMentor(student, "mentor.andersen", today.minusMonths(14));
            TestRecords.session("mentor.andersen", student, today.minusMonths(13), "Gammel samtale", false);
            TestRecords.session("mentor.andersen", student, today.minusDays(40), "Samtale", false);
            TestRecords.session("mentor.andersen", student, today.minusDays(3), "Samtale", false);
        }
        // five mentees of an individual mentor, weekly: three met two days ago, two last met 20 days ago (overdue);
        // seven follow-ups from their sessions, five handled
        int followUps = 0;
        for (int i = 0; i < 5; i++) {
            long student = TestRecords.student("SSA", "NORD", MENTORING_TEAM, LocalDate.of(2025, 2, 1));
            TestRecords.mentor(student, "mentor.andersen", today.minusMonths(3), today.plusMonths(3), "WEEKLY");
            long session = TestRecords.session("mentor.andersen", student, today.minusDays(i < 3 ? 2 : 20),
                    "Samtale", false);
            for (int f = 0; f < 2 && followUps < 7; f++, followUps++) {
                TestRecords.followUp(student, session, followUps < 5);
            }
        }
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/mentoring-report.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> shown = leader.submit(page, "filters", "show", Map.of("filters:site", "NORD",
                "filters:team", MENTORING_TEAM, "filters:fromYear", "2025", "filters:toYear", "2025"));

        // 12 sessions of 6 peer mentees in 12 months: 0,2 a month; 5 of 5 individual mentees: 0,1
        assertEquals(List.of(List.of("Nord", "6", "12", "5", "5", "0,2", "0,1")), table(shown.body(), "sessions"));
        assertEquals(List.of(List.of("Nord", "5", "&lt;5")), table(shown.body(), "overdue"));
        // 2 open (<5) would be the 7 less the 5 handled: the 5 is hidden too
        assertEquals(List.of(List.of("Nord", "&lt;5", "&lt;5", "7")), table(shown.body(), "followUps"));
    }

    @Test
    void theConsentCoverageReportCountsByPlacementAndConsentForTheLeaderAndTheDataProtectionOfficer()
            throws Exception {
        // eight students in a placement now with an active need: six share with it (one consent ending within 14
        // days); the other two, and three more, have a proposal they have not answered
        LocalDate today = TestRecords.TODAY;
        long placement = TestRecords.placement();
        for (int i = 0; i < 11; i++) {
            long student = TestRecords.student("SSH", "HERLEV", COVERAGE_TEAM, LocalDate.of(2025, 8, 1));
            long period = TestRecords.period(student, placement, today.minusDays(10), today.plusDays(30));
            if (i < 8) {
                long need = TestRecords.need(student, "LANGUAGE", "Dansk som andetsprog", null);
                if (i < 6) {
                    TestRecords.consent(student, period, null, "ACCOMMODATIONS", today.plusDays(i == 0 ? 7 : 60),
                            need);
                    continue;
                }
            }
            TestRecords.proposedConsent(student, period, today.plusDays(60));
        }
        for (String reader : List.of("ul.christensen", "dpo.madsen")) {
            SignedInClient client = SignedInClient.signIn(DemoUsers.fromRealm().byUsername(reader));
            HttpResponse<String> page = client.get("reports/consent.xhtml");
            assertEquals(200, page.statusCode(), reader);
            HttpResponse<String> shown = client.submit(page, "filters", "show", Map.of("filters:site", "HERLEV",
                    "filters:team", COVERAGE_TEAM, "filters:fromYear", "2025", "filters:toYear", "2025"));
            assertEquals(List.of(List.of("Herlev", "8", "75,0 % (6)", "&lt;5", "5")), table(shown.body(), "sites"),
                    reader);
            assertEquals("HERLEV " + COVERAGE_TEAM + " 2025-2025", TestRecords.text(FILTERS_AUDITED
                    + " AND action = 'RUN_CONSENT_REPORT' ORDER BY id DESC LIMIT 1", reader), reader);
        }
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        assertEquals(403, contact.get("reports/consent.xhtml").statusCode());
    }

    @Test
    void theOffersReportShowsUptakeAComparisonAndTransitionTasksWithSmallCountsHidden() throws Exception {
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/offer-report.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> shown = leader.submit(page, "filters", "show", Map.of("filters:site", "SKELBAEKGADE",
                "filters:team", OFFER_TEAM, "filters:fromYear", "2024", "filters:toYear", "2024"));

        // proposed 1 (<5) is hidden, and the completed 5 that would give it away from the 6 in all; then the 5 who
        // were helped, which would give the completed away
        assertEquals(List.of(List.of("Fokus på dansk sygepleje- og omsorgssprog", "&lt;5", "0,0 % (0)", "0,0 % (0)",
                "&lt;5", "0,0 % (0)", "0,0 % (0)", "6", "&lt;5", "0", "0")), table(shown.body(), "uptake"));
        // the other offers aimed at language needs: nobody completed them, all 13 with the need are compared
        // of the 5 who completed it, 1 dropped out and 4 did not: both small; of the 8 others, 2 and 6: the 6 would
        // give the 2 away
        assertEquals(List.of(List.of("Fokus på dansk sygepleje- og omsorgssprog", "5", "&lt;5", "&lt;5", "8", "&lt;5",
                        "&lt;5"),
                List.of("Kontaktperson og deling af viden med samtykke", "0", "0", "0", "13", "&lt;5", "&lt;5"),
                List.of("Længere studietid i oplæringen", "0", "0", "0", "13", "&lt;5", "&lt;5")),
                table(shown.body(), "comparison"));
        assertTrue(shown.body().contains("en sammenligning, ikke en effekt"), "the comparison says what it is");
        assertEquals(List.of(List.of("Oplæringsforberedende dag (indsats 2a/2b)", "57,1 % (8)", "&lt;5", "&lt;5",
                "0,0 % (0)", "14")), table(shown.body(), "tasks"));

        HttpResponse<byte[]> csv = leader.download(shown, "download", "tables:2:csv", Map.of());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Oplæringsforberedende dag (indsats 2a/2b);8;57,1;<5;<5;<5;<5;0;0,0;14"),
                text);
        assertEquals("SKELBAEKGADE " + OFFER_TEAM + " 2024-2024", TestRecords.text(FILTERS_AUDITED
                + " AND action = 'RUN_REPORT' AND record_type = 'OfferReport' ORDER BY id DESC LIMIT 1",
                "ul.christensen"));
    }

    @Test
    void theLeaderSeesEachCohortByItsStatusThreeMonthsAfterStartWithSmallCountsHidden() throws Exception {
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> shown = filtered(leader);

        List<List<String>> rows = rows(shown.body());
        assertEquals(List.of(
                // 12 students: 10 in progress, 1 and 1 dropped out; the 10 is hidden, as 12 - (<5) would give it
                List.of("Pædagogisk assistent", "2021", "12", "&lt;5", "&lt;5", "&lt;5", "&lt;5"),
                List.of("Social- og sundhedshjælper", "2022", "20", "50,0 % (10)", "25,0 % (5)", "25,0 % (5)",
                        "50,0 % (10)")), rows, shown.body());
        assertTrue(EdgesIT.Html.text(shown.body()).contains("Afdeling: Nord. Team: " + TEAM + ". Startår: 2021–"),
                "the filters used");

        assertTrue(TestRecords.text(FILTERS_AUDITED + " AND action = 'RUN_REPORT' AND record_type = 'DropoutReport'"
                + " ORDER BY id DESC LIMIT 1", "ul.christensen").startsWith("NORD " + TEAM + " 2021-"),
                "the filters are fields of the audit event");
    }

    /**
     * Twelve periods begun and one to come: ten plans agreed, one not, one not written; eight midterm conversations
     * completed on time and one late; eleven periods ended, six approved and five without their statement; five
     * periods with absence.
     */
    @Test
    void theTrainingPlanReportCountsPeriodsByTheirPlanAssessmentsAndStatements() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        LocalDate start = TestRecords.TODAY.minusDays(100);
        for (int i = 0; i < 13; i++) {
            long student = TestRecords.student("SSA", "NORD", PLAN_TEAM, LocalDate.of(2025, 8, 1));
            long period = i == 12 ? TestRecords.period(student, placement, TestRecords.TODAY.plusDays(5),
                    TestRecords.TODAY.plusDays(50)) : TestRecords.period(student, placement, start,
                    i < 11 ? TestRecords.TODAY.minusDays(10) : TestRecords.TODAY.plusDays(20));
            if (i < 11) {
                TestRecords.update("INSERT INTO training_plan (id, period_id, midterm_date, final_date, created_by,"
                        + " created_at, changed_by, changed_at, version) VALUES (nextval('record_seq'), ?, ?, ?,"
                        + " 'kp.hansen', now(), 'kp.hansen', now(), 1)", period,
                        i < 10 ? java.sql.Date.valueOf(start.plusDays(30)) : null,
                        i < 10 ? java.sql.Date.valueOf(start.plusDays(80)) : null);
            }
            if (i < 9) {
                TestRecords.update("INSERT INTO plan_assessment (id, plan_id, kind, revision, held_on,"
                        + " supervisor_confirmed_by, supervisor_confirmed_at, student_confirmed_at, created_by,"
                        + " created_at, version) SELECT nextval('record_seq'), id, 'MIDTERM', 1, ?, 'ov.nielsen',"
                        + " now(), now(), 'ov.nielsen', now(), 1 FROM training_plan WHERE period_id = ?",
                        java.sql.Date.valueOf(start.plusDays(i < 8 ? 30 : 31)), period);
            }
            if (i < 6) {
                TestRecords.update("INSERT INTO period_statement (id, period_id, approved, issued_by, issued_at)"
                        + " VALUES (nextval('record_seq'), ?, true, 'ov.nielsen', now())", period);
            }
            if (i < 5) {
                TestRecords.update("INSERT INTO period_absence (id, period_id, first_day, days, reason, recorded_by,"
                        + " recorded_at) VALUES (nextval('record_seq'), ?, ?, 2, 'SICK', 'ov.nielsen', now())",
                        period, java.sql.Date.valueOf(start.plusDays(10)));
            }
        }
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/plan-report.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> shown = leader.submit(page, "filters", "show", Map.of("filters:site", "NORD",
                "filters:team", PLAN_TEAM, "filters:fromYear", "2025", "filters:toYear", "2025"));
        assertEquals(List.of(List.of("Nord", "12", "83,3 % (10)", "66,7 % (8)", "11", "54,5 % (6)", "0,0 % (0)",
                "45,5 % (5)", "41,7 % (5)")), table(shown.body(), "sites"), shown.body());
        assertEquals("NORD " + PLAN_TEAM + " 2025-2025", TestRecords.text(FILTERS_AUDITED
                + " AND record_type = 'TrainingPlanReport' ORDER BY id DESC LIMIT 1", "ul.christensen"));
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        assertEquals(403, supervisor.get("leader/plan-report.xhtml").statusCode(), "the leader's report");
    }

    @Test
    void aReportsFiltersAreSealedIntoTheAuditChainAndExportedAsColumns() throws Exception {
        filtered(SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen")));
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        HttpResponse<String> csv = dpo.submit(dpo.get("dpo/index.xhtml"), "audit", "export",
                Map.of("audit:username", "ul.christensen", "audit:action", "RUN_REPORT"));
        assertTrue(csv.body().lines().anyMatch(line -> line.contains(";DropoutReport;")
                && line.contains(";NORD;" + TEAM + ";2021-")), csv.body());

        TestRecords.awaitSealed();
        assertTrue(ChainChecks.verify(dpo).contains("Revisionssporet er intakt"),
                "the database and Java hash a report's filters alike");
    }

    @Test
    void theFilesHideWhatThePageHides() throws Exception {
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> shown = filtered(leader);
        long runs = TestRecords.count(RUNS);

        HttpResponse<byte[]> xlsx = leader.download(shown, "download", "xlsx", Map.of());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> pa = new ArrayList<>();
            sheet.getRow(4).forEach(cell -> pa.add(format.formatCellValue(cell)));
            // programme, year, students, then count and share of in progress, with, without and total
            assertEquals(List.of("Pædagogisk assistent", "2021", "12", "<5", "<5", "<5", "<5", "<5", "<5",
                    "<5", "<5"), pa);
            Row ssh = sheet.getRow(5);
            assertEquals(10.0, ssh.getCell(3).getNumericCellValue());
            assertEquals(50.0, ssh.getCell(4).getNumericCellValue());
        }

        HttpResponse<byte[]> csv = leader.download(shown, "download", "csv", Map.of());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Pædagogisk assistent;2021;12;<5;<5;<5;<5;<5;<5;<5;<5"), text);
        assertTrue(text.contains("Social- og sundhedshjælper;2022;20;10;50,0;5;25,0;5;25,0;10;50,0"), text);
        assertEquals(runs + 2, TestRecords.count(RUNS), "each download ran the report anew and was audited");
    }

    @Test
    void yearsTheWrongWayRoundAreRefusedWithAMessageOnTheField() throws Exception {
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/dropout.xhtml");
        HttpResponse<String> refused = leader.submit(page, "filters", "show", Map.of("filters:fromYear", "2022",
                "filters:toYear", "2021"));
        assertEquals(200, refused.statusCode());
        assertTrue(EdgesIT.Html.text(refused.body()).contains(
                "Startår til skal være samme år som Startår fra eller senere"), refused.body());
    }

    @Test
    void theReportIsTheLeadersOnly() throws Exception {
        for (String other : List.of("kp.hansen", "dpo.madsen", "ov.nielsen")) {
            SignedInClient client = SignedInClient.signIn(DemoUsers.fromRealm().byUsername(other));
            assertEquals(403, client.get("leader/dropout.xhtml").statusCode(), other);
        }
    }

    private static HttpResponse<String> filtered(SignedInClient leader) throws Exception {
        HttpResponse<String> page = leader.get("leader/dropout.xhtml");
        assertEquals(200, page.statusCode());
        return leader.submit(page, "filters", "show", Map.of("filters:site", "NORD", "filters:team", TEAM,
                "filters:fromYear", "2021", "filters:toYear",
                String.valueOf(TestRecords.TODAY.minusMonths(1).getYear())));
    }

    /** A table of rows named in their first column: the name, then each cell as shown. */
    private static List<List<String>> table(String html, String id) {
        String page = EdgesIT.Html.text(html);
        int at = page.indexOf("id=\"" + id + "\"");
        String table = page.substring(at, page.indexOf("</table>", at));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = NAMED_ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>(List.of(row.group(1)));
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The report table's rows: programme, year, then each cell as shown. */
    private static List<List<String>> rows(String html) {
        String page = EdgesIT.Html.text(html);
        String table = page.substring(page.indexOf("id=\"dropout\""), page.indexOf("</table>",
                page.indexOf("id=\"dropout\"")));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>(List.of(row.group(1), row.group(2)));
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }
}
