package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A period's training plan against the real stack (docs/training-plan.md): shared by the student, their contact
 * person and the period's supervisors, each writing their own part; closed to a supervisor of another of the
 * student's periods, to the mentor and to the leader; assessments refused outside the period, unmarked, or once
 * completed, with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingPlanIT {

    private static final LocalDate TODAY = TestRecords.TODAY;
    /** SSA's goals in period 1: the catalogue's 20, at the level begynder. */
    private static final int GOALS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private record Setup(long student, long period, long later) {
    }

    /**
     * A student with kp.hansen as contact person, elev.larsen's account and mentor.andersen as mentor, in period
     * 1a now (ov.nielsen supervising) and in a later period elsewhere (ov.pedersen supervising).
     */
    private static Setup setup(String name) throws SQLException {
        long student = TestRecords.student(name, "Planlagt");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(30), null);
        TestRecords.linkAccount(student, "elev.larsen");
        long now = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.minusDays(20),
                TODAY.plusDays(60), "ov.nielsen");
        long later = TestRecords.period(student, TestRecords.placement("ov.pedersen"), TODAY.plusDays(70),
                TODAY.plusDays(120), "ov.pedersen");
        return new Setup(student, now, later);
    }

    @Test
    void theStudentTheContactPersonAndThePeriodsSupervisorShareThePlanEachWritingTheirPart() throws Exception {
        Setup s = setup("Pia");
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        HttpResponse<String> page = contact.get(plan(s.period()));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Sygepleje til borgeren") && page.body().contains("Begynder"),
                "the catalogue's goals for period 1 at their level, before anyone has written");

        HttpResponse<String> saved = contact.submit(page, "plan", "save", Map.of("plan:schoolPart",
                "Hygiejne og forflytning", "plan:midterm", TODAY.minusDays(1).toString(), "plan:last",
                TODAY.plusDays(50).toString()));
        assertTrue(saved.body().contains("Planen er gemt"), saved.body());
        assertEquals(GOALS, TestRecords.count("SELECT count(*) FROM training_plan_goal g JOIN training_plan t"
                + " ON t.id = g.plan_id WHERE t.period_id = ?", s.period()));

        SignedInClient student = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
        HttpResponse<String> own = student.get(plan(s.period()));
        student.submit(own, "plan", "save", Map.of("plan:studentGoals", "Blive tryg ved medicin",
                "plan:schoolPart", "forsøgt ændret af eleven"));
        assertEquals("Hygiejne og forflytning|Blive tryg ved medicin", TestRecords.text("SELECT school_part || '|'"
                + " || student_goals FROM training_plan WHERE period_id = ?", s.period()),
                "each writes their own part only");

        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        String seen = supervisor.get(plan(s.period())).body();
        assertTrue(seen.contains("Hygiejne og forflytning") && seen.contains("Blive tryg ved medicin"), seen);
        String start = supervisor.get("supervisor/index.xhtml").body();
        assertTrue(start.contains("plan/index.xhtml?period=" + s.period()) && start.contains("Midtvejssamtale skal"
                + " holdes"), "the supervisor's start page shows the plan due for its midterm: " + start);
        String tasks = EdgesIT.Html.text(start).replaceAll("\\s+", " ");
        tasks = tasks.substring(tasks.indexOf("id=\"plan-tasks\""), tasks.indexOf("</ul>", tasks.indexOf("plan-tasks")));
        assertTrue(tasks.matches(".*Midtvejssamtale: Pia Planlagt</a> – senest " + day(TODAY.minusDays(1))
                + " <strong>Forsinket.*"), "the midterm is her task, overdue since its agreed day: " + tasks);

        SignedInClient otherPeriod = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.pedersen"));
        assertEquals(403, otherPeriod.get(plan(s.period())).statusCode(),
                "a supervisor of the student's later period does not reach this one");
        assertEquals(200, otherPeriod.get(plan(s.later())).statusCode(), "but reaches their own");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.pedersen'"
                + " AND action = 'VIEW_PLAN' AND outcome = 'DENIED' AND student_id = ?", s.student()));
        SignedInClient mentor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("mentor.andersen"));
        assertEquals(403, mentor.get(plan(s.period())).statusCode(), "the mentor sees nothing of a plan not shared");
        HttpResponse<String> shared = student.submit(student.get(plan(s.period())), "share", "share", Map.of());
        assertTrue(shared.body().contains("Planen er delt med din mentor"), shared.body());
        HttpResponse<String> read = mentor.get(plan(s.period()));
        assertEquals(200, read.statusCode(), "the student shares the plan with her mentor");
        assertTrue(read.body().contains("Blive tryg ved medicin") && !read.body().contains("id=\"plan:save\"")
                && !read.body().contains("absence-total"), "to read, without the absence: " + read.body());
        assertTrue(mentor.get("students/view.xhtml?id=" + s.student()).body().contains(plan(s.period())),
                "the mentor finds the shared plan on the student's page");
        student.submit(student.get(plan(s.period())), "share", "stop", Map.of());
        assertEquals(403, mentor.get(plan(s.period())).statusCode(), "and not after she stops sharing it");
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        assertEquals(403, leader.get(plan(s.period())).statusCode(), "the leader sees aggregates only");
    }

    @Test
    void anAssessmentIsRefusedOutsideThePeriodUnmarkedOrBeforeThePlanIsAgreedAndNothingIsStored() throws Exception {
        Setup s = setup("Rasmus");
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        HttpResponse<String> early = supervisor.submit(supervisor.get(assessment(s.period(), "MIDTERM")),
                "assessment", "save", Map.of("assessment:heldOn", TODAY.toString()));
        assertTrue(early.body().contains("Planen skal være aftalt"), early.body());

        supervisor.submit(supervisor.get(plan(s.period())), "plan", "save", Map.of("plan:midterm",
                TODAY.minusDays(1).toString(), "plan:last", TODAY.plusDays(50).toString()));
        HttpResponse<String> page = supervisor.get(assessment(s.period(), "MIDTERM"));
        HttpResponse<String> before = supervisor.submit(page, "assessment", "save",
                marks(Map.of("assessment:heldOn", TODAY.minusDays(21).toString()), "onLevel", true));
        assertTrue(EdgesIT.Html.text(before.body()).contains("Samtalen skal ligge i perioden, fra "
                + day(TODAY.minusDays(20)) + " til " + day(TODAY.plusDays(60))), before.body());
        HttpResponse<String> future = supervisor.submit(page, "assessment", "save",
                marks(Map.of("assessment:heldOn", TODAY.plusDays(1).toString()), "onLevel", true));
        assertTrue(future.body().contains("Samtalen kan ikke ligge efter i dag"), future.body());
        Map<String, Object> oneMissing = marks(Map.of("assessment:heldOn", TODAY.toString()), "onLevel", true);
        oneMissing.remove("assessment:goals:0:onLevel");
        HttpResponse<String> unmarked = supervisor.submit(page, "assessment", "confirm", oneMissing);
        assertTrue(unmarked.body().contains("Vurdér hvert mål"), unmarked.body());
        assertEquals(0, TestRecords.count("SELECT count(*) FROM plan_assessment a JOIN training_plan t"
                + " ON t.id = a.plan_id WHERE t.period_id = ?", s.period()), "nothing is stored");
    }

    @Test
    void aCompletedAssessmentIsNeverChangedAndACorrectionIsANewRevision() throws Exception {
        Setup s = setup("Sofie");
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        supervisor.submit(supervisor.get(plan(s.period())), "plan", "save", Map.of("plan:midterm",
                TODAY.minusDays(1).toString(), "plan:last", TODAY.plusDays(50).toString()));
        HttpResponse<String> marked = supervisor.submit(supervisor.get(assessment(s.period(), "MIDTERM")),
                "assessment", "confirm", marks(Map.of("assessment:heldOn", TODAY.toString(),
                        "assessment:summary", "Godt i gang"), "onLevel", true));
        assertTrue(marked.body().contains("Vurderingen er gemt"), marked.body());

        SignedInClient student = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
        HttpResponse<String> own = student.get(assessment(s.period(), "MIDTERM"));
        assertTrue(own.body().contains("Godt i gang"), "the student sees the supervisor's summary");
        HttpResponse<String> confirmed = student.submit(own, "assessment", "confirm",
                marks(Map.of("assessment:studentSummary", "Jeg er enig"), "studentOnLevel", false));
        assertTrue(confirmed.body().contains("Vurderingen er afsluttet"), confirmed.body());

        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        String read = contact.get(assessment(s.period(), "MIDTERM")).body();
        assertTrue(read.contains("Godt i gang") && read.contains("Jeg er enig"), "the contact person sees both");
        assertTrue(contact.get(plan(s.period())).body().contains("Midtvejssamtalen er holdt"));

        assertThrows(SQLException.class, () -> TestRecords.update("UPDATE plan_assessment SET summary = 'ændret'"
                + " WHERE plan_id = (SELECT id FROM training_plan WHERE period_id = ?)", s.period()),
                "the database refuses to change a completed assessment");
        assertThrows(SQLException.class, () -> TestRecords.update("UPDATE plan_assessment_goal SET on_level = false"
                + " WHERE assessment_id = (SELECT a.id FROM plan_assessment a JOIN training_plan t ON t.id = a.plan_id"
                + " WHERE t.period_id = ?)", s.period()), "or its marks");
        HttpResponse<String> corrected = supervisor.submit(supervisor.get(assessment(s.period(), "MIDTERM")),
                "correct", "correct", Map.of());
        assertTrue(corrected.body().contains("En ny udgave af vurderingen"), corrected.body());
        assertEquals("1:Godt i gang:true|2:Godt i gang:false", TestRecords.text("SELECT string_agg(a.revision || ':'"
                + " || a.summary || ':' || (a.student_confirmed_at IS NOT NULL), '|' ORDER BY a.revision)"
                + " FROM plan_assessment a JOIN training_plan t ON t.id = a.plan_id WHERE t.period_id = ?",
                s.period()), "the correction starts as a copy, to be confirmed anew; the first stays");
        assertEquals(3, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'ASSESS'"
                + " AND outcome = 'ALLOWED' AND student_id = ?", s.student()));
    }

    @Test
    void absenceIsRefusedOutsideThePeriodOrBeyondItsDaysAndTheContactPersonSeesIt() throws Exception {
        Setup s = setup("Ulla");
        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        HttpResponse<String> page = supervisor.get(plan(s.period()));
        HttpResponse<String> before = supervisor.submit(page, "absence", "record", Map.of("absence:firstDay",
                TODAY.minusDays(21).toString(), "absence:days", "1", "absence:reason", "SICK"));
        assertTrue(EdgesIT.Html.text(before.body()).contains("Første fraværsdag skal ligge i perioden"),
                before.body());
        HttpResponse<String> tooMany = supervisor.submit(page, "absence", "record", Map.of("absence:firstDay",
                TODAY.minusDays(5).toString(), "absence:days", "82", "absence:reason", "SICK"));
        assertTrue(EdgesIT.Html.text(tooMany.body()).contains("ikke blive større end periodens 81 dage"),
                tooMany.body());
        HttpResponse<String> recorded = supervisor.submit(page, "absence", "record", Map.of("absence:firstDay",
                TODAY.minusDays(5).toString(), "absence:days", "2", "absence:reason", "SICK"));
        assertTrue(EdgesIT.Html.text(recorded.body()).contains("Fraværet er registreret"), recorded.body());
        assertEquals(1, TestRecords.count("SELECT count(*) FROM period_absence WHERE period_id = ?", s.period()),
                "the refused ones stored nothing");

        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        String seen = EdgesIT.Html.text(contact.get(plan(s.period())).body());
        assertTrue(seen.contains("Fravær i perioden: 2 dage i alt") && seen.contains("Sygdom"), seen);
        assertTrue(!contact.get(plan(s.period())).body().contains("id=\"absence:record\""),
                "the contact person reads the absence; the supervisor records it");
    }

    @Test
    void aSupervisorTakenOffARunningPeriodReadsItsPlanUntilTheStatementAndWritesNothing() throws Exception {
        long placement = TestRecords.placement("ov.nielsen", "ov.pedersen");
        long student = TestRecords.student("Tove", "Vejlederskift");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        long period = TestRecords.period(student, placement, TODAY.minusDays(20), TODAY.plusDays(40), "ov.nielsen",
                "ov.pedersen");
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        contact.submit(contact.get(plan(period)), "plan", "save", Map.of("plan:schoolPart", "Forflytning",
                "plan:midterm", TODAY.plusDays(5).toString(), "plan:last", TODAY.plusDays(38).toString()));
        SignedInClient pedersen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.pedersen"));
        HttpResponse<String> openBefore = pedersen.get(plan(period));
        assertTrue(openBefore.body().contains("id=\"absence:record\""), "on the period, he records absence");

        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> placementPage = leader.get("leader/placement.xhtml?id=" + placement);
        java.util.regex.Matcher remove = java.util.regex.Pattern.compile(
                "name=\"(supervisors:[^\"]+)\" value=\"Fjern\"[^>]*Jonas").matcher(placementPage.body());
        assertTrue(remove.find(), placementPage.body());
        leader.submit(placementPage, "supervisors", remove.group(1).substring("supervisors:".length()), Map.of());
        assertEquals(0, TestRecords.count("SELECT count(*) FROM period_supervisor WHERE period_id = ? AND profile_id"
                + " = (SELECT id FROM user_profile WHERE username = 'ov.pedersen')", period), "taken off the period");

        HttpResponse<String> read = pedersen.get(plan(period));
        assertEquals(200, read.statusCode(), "a former supervisor keeps read access to the period's plan");
        assertTrue(read.body().contains("Forflytning") && read.body().contains("ikke længere vejleder")
                && !read.body().contains("id=\"plan:save\"") && !read.body().contains("id=\"absence:record\"")
                && !read.body().contains("id=\"statement:issue\""), "to read only: " + read.body());
        String start = EdgesIT.Html.text(pedersen.get("supervisor/index.xhtml").body()).replaceAll("\\s+", " ");
        assertTrue(start.contains("plan/index.xhtml?period=" + period) && start.contains("kan kun læse planen"),
                "his start page lists it to read: " + start);
        assertTrue(!start.contains("Midtvejssamtale: Tove Vejlederskift"), "with no tasks for him: " + start);
        HttpResponse<String> late = pedersen.submit(openBefore, "absence", "record", Map.of("absence:firstDay",
                TODAY.minusDays(1).toString(), "absence:days", "1", "absence:reason", "SICK"));
        assertEquals(403, late.statusCode(), "the page he had open no longer writes");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM period_absence WHERE period_id = ?", period));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.pedersen'"
                + " AND action = 'RECORD_ABSENCE' AND outcome = 'DENIED' AND student_id = ?", student));

        SignedInClient nielsen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        nielsen.submit(nielsen.get(plan(period)), "statement", "issue", Map.of("statement:approved", "true"));
        assertTrue(!pedersen.get("supervisor/index.xhtml").body().contains("plan/index.xhtml?period=" + period),
                "the statement closes the plan, and it leaves his list");
        assertEquals(200, pedersen.get(plan(period)).statusCode(), "but he still reads it");
    }

    @Test
    void theStatementIsIssuedOnceFromThePeriodsStartClosesThePlanAndDecidesTheExam() throws Exception {
        long student = TestRecords.student("Vera", "Erklaeret");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(90), null);
        long ended = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.minusDays(70),
                TODAY.minusDays(10), "ov.nielsen");
        long coming = TestRecords.period(student, TestRecords.placement("ov.pedersen"), TODAY.plusDays(10),
                TODAY.plusDays(50), "ov.pedersen");
        SignedInClient pedersen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.pedersen"));
        HttpResponse<String> early = pedersen.submit(pedersen.get(plan(coming)), "statement", "issue",
                Map.of("statement:approved", "true"));
        assertTrue(early.body().contains("Erklæringen kan først udstedes, når perioden er begyndt"), early.body());

        SignedInClient nielsen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        String list = EdgesIT.Html.text(nielsen.get("supervisor/index.xhtml").body());
        assertTrue(list.contains("Erklæring mangler"), "an ended period without its statement is overdue: " + list);
        HttpResponse<String> page = nielsen.get(plan(ended));
        assertEquals(200, page.statusCode(), "the former supervisor keeps the period's plan");
        HttpResponse<String> noReason = nielsen.submit(page, "statement", "issue",
                Map.of("statement:approved", "false"));
        assertTrue(noReason.body().contains("Skriv en begrundelse"), noReason.body());
        HttpResponse<String> issued = nielsen.submit(page, "statement", "issue", Map.of("statement:approved", "true"));
        assertTrue(issued.body().contains("Erklæringen er udstedt."), issued.body());
        HttpResponse<String> second = nielsen.submit(page, "statement", "issue",
                Map.of("statement:approved", "false", "statement:reason", "Fortrudt"));
        assertTrue(second.body().contains("allerede udstedt"), second.body());
        HttpResponse<String> closed = nielsen.submit(page, "plan", "save", Map.of("plan:midterm",
                TODAY.minusDays(40).toString(), "plan:last", TODAY.minusDays(12).toString()));
        assertTrue(closed.body().contains("planen og vurderingerne er afsluttet"), closed.body());
        assertEquals("true", TestRecords.text("SELECT string_agg(approved::text, ',') FROM period_statement"
                + " WHERE period_id = ?", ended), "one statement, the first");

        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        String record = EdgesIT.Html.text(contact.get("students/view.xhtml?id=" + student).body());
        assertTrue(record.contains("Afventer erklæringen for sidste oplæringsperiode"),
                "the last period is the coming one: " + record);
        TestRecords.update("DELETE FROM period_supervisor WHERE period_id = ?", coming);
        TestRecords.update("DELETE FROM placement_period WHERE id = ?", coming);
        record = EdgesIT.Html.text(contact.get("students/view.xhtml?id=" + student).body());
        assertTrue(record.contains("Kan gå til afsluttende prøve"), record);
    }

    @Test
    void theLeaderImportsANewVersionOfTheGoalsWholeOrNotAtAllAndANewPlanTakesIt() throws Exception {
        String version = "T" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String header = "Uddannelse;Version;Nummer;Titel;Periode 1;Periode 2;Periode 3\r\n";
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/goals.xhtml?programme=PA");
        assertEquals(200, page.statusCode());
        HttpResponse<String> refused = leader.upload(page, "upload", "import", "file", "maal.csv",
                (header + "PA;" + version + ";1;Leg og læring;x;;\r\nPA;" + version + ";1;Samme nummer;x;;\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertTrue(EdgesIT.Html.text(refused.body()).contains("Linje 3: Nummer \"1\" skal være et helt tal"),
                refused.body());
        assertEquals(0, TestRecords.count("SELECT count(*) FROM training_goal WHERE version = ?", version),
                "a file with a problem stores nothing");

        HttpResponse<String> imported = leader.upload(page, "upload", "import", "file", "maal.csv",
                (header + "PA;" + version + ";1;Leg og læring i vuggestuen;x;x;\r\nPA;" + version
                        + ";2;Forældresamarbejde;;x;\r\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(EdgesIT.Html.text(imported.body()).contains("2 mål er indlæst som PA version " + version),
                imported.body());
        HttpResponse<String> again = leader.upload(leader.get("leader/goals.xhtml?programme=PA"), "upload", "import",
                "file", "maal.csv", (header + "PA;" + version + ";1;Igen;x;;\r\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(EdgesIT.Html.text(again.body()).contains("Version " + version + " findes allerede"), again.body());

        long student = TestRecords.student("PA", "NORD", "PA-MAAL", TODAY.minusMonths(3));
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        long period = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY, TODAY.plusDays(40),
                "ov.nielsen");
        String plan = EdgesIT.Html.text(SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"))
                .get(plan(period)).body());
        assertTrue(plan.contains("Leg og læring i vuggestuen") && !plan.contains("Forældresamarbejde"),
                "a new plan takes the newest version's goals for its period: " + plan);
        assertEquals(403, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"))
                .get("leader/goals.xhtml").statusCode());
    }

    @Test
    void aMissingMalformedOrForeignParameterGetsTheNotFoundOrForbiddenPage() throws Exception {
        Setup s = setup("Theo");
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        assertEquals(404, contact.get("plan/index.xhtml").statusCode());
        assertEquals(404, contact.get("plan/index.xhtml?period=abc").statusCode());
        assertEquals(404, contact.get("plan/assessment.xhtml?period=" + s.period() + "&kind=MIDWAY").statusCode());
        assertEquals(403, contact.get("plan/index.xhtml?period=99999999").statusCode());
        long stranger = TestRecords.student("Ukendt", "Elev");
        long theirs = TestRecords.period(stranger, TestRecords.placement("ov.nielsen"), TODAY, TODAY.plusDays(30),
                "ov.nielsen");
        assertEquals(403, contact.get(plan(theirs)).statusCode(), "another contact person's student");
    }

    private static String plan(long period) {
        return "plan/index.xhtml?period=" + period;
    }

    private static String assessment(long period, String kind) {
        return "plan/assessment.xhtml?period=" + period + "&kind=" + kind;
    }

    /** The fields with every goal marked alike, as the supervisor's or the student's radio buttons post them. */
    private static Map<String, Object> marks(Map<String, String> fields, String radio, boolean onLevel) {
        Map<String, Object> all = new HashMap<>(fields);
        for (int i = 0; i < GOALS; i++) {
            all.put("assessment:goals:" + i + ":" + radio, String.valueOf(onLevel));
        }
        return all;
    }

    private static String day(LocalDate day) {
        return day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
    }
}
