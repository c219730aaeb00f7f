package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The education leader registers placement periods; one that overlaps another is refused in plain words. */
@ExtendWith(ArquillianExtension.class)
class PlacementPeriodsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPeriodIsRegisteredAndAnOverlappingOneIsRefusedNamingTheOther() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Ingrid", "Periode");
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));

        HttpResponse<String> first = register(leader, student, placement, "1a", 10, 50);
        assertTrue(first.body().contains("perioden er registreret"), first.body());
        assertEquals(1, periods(student));

        HttpResponse<String> overlapping = register(leader, student, placement, "1b", 40, 80);
        assertTrue(overlapping.body().contains("overlapper elevens periode 1a"), overlapping.body());
        assertEquals(1, periods(student), "nothing was stored");

        register(leader, student, placement, "1b", 51, 80);
        assertEquals(2, periods(student), "the day after the first period ends is free");
    }

    @Test
    void theLeaderRegistersAPersonCreatesAPlacementAndMakesThemItsSupervisor() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String username = "ov.ny" + suffix;
        String placementName = "Plejecenter Nyt " + suffix;
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));

        leader.submit(leader.get("leader/people.xhtml"), "person", "save", Map.of("person:username", username,
                "person:name", "Nina Ny", "person:email", username + "@brobygger.example"));
        HttpResponse<String> again = leader.submit(leader.get("leader/people.xhtml"), "person", "save",
                Map.of("person:username", username, "person:name", "Nina Ny", "person:email", ""));
        assertTrue(again.body().contains("allerede registreret en person"), again.body());

        leader.submit(leader.get("leader/placement.xhtml"), "placement", "save", Map.of("placement:name",
                placementName, "placement:type", "NURSING_HOME", "placement:size", "SMALL", "placement:area", "Valby",
                "placement:specialities", "DEMENTIA"));
        long placement = TestRecords.count("SELECT id FROM placement WHERE name = ?", placementName);
        leader.submit(leader.get("leader/placement.xhtml?id=" + placement), "supervisor", "add",
                Map.of("supervisor:supervisor", username));

        assertEquals(1, TestRecords.count("SELECT count(*) FROM placement_supervisor ps JOIN user_profile u"
                + " ON u.id = ps.profile_id WHERE ps.placement_id = ? AND u.username = ?", placement, username));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM placement_speciality WHERE placement_id = ?"
                + " AND speciality = 'DEMENTIA'", placement));
    }

    @Test
    void aContactPersonCannotRegisterPeriods() throws Exception {
        long student = TestRecords.student("Jens", "Ikkeleder");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(3), null);
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));

        HttpResponse<String> page = karen.get("students/view.xhtml?id=" + student);
        HttpResponse<String> form = karen.get("students/period.xhtml?id=" + student);

        assertFalse(page.body().contains("students/period.xhtml"), "the form is not offered");
        assertEquals(403, form.statusCode(), "nor opened by its address");
        assertFalse(form.body().contains("id=\"period\""), "the form is not offered");
        assertEquals(0, periods(student));
    }

    @Test
    void theLeaderReschedulesAPeriodAndChoosesWhichSupervisorsFollowIt() throws Exception {
        long placement = TestRecords.placement("ov.nielsen", "ov.pedersen");
        long student = TestRecords.student("Karla", "Flyttet");
        long first = TestRecords.period(student, placement, TODAY.minusDays(20), TODAY.plusDays(10), "ov.nielsen",
                "ov.pedersen");
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        register(leader, student, placement, "1b", 20, 40);
        long second = TestRecords.count("SELECT id FROM placement_period WHERE student_id = ? AND id <> ?", student,
                first);
        assertEquals(200, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.pedersen"))
                .get("students/view.xhtml?id=" + student).statusCode(), "Jonas follows the student so far");

        HttpResponse<String> overlapping = edit(leader, second, "1b", 5, 40, supervisorId("ov.nielsen"));
        assertTrue(overlapping.body().contains("overlapper elevens periode 1a"), overlapping.body());
        HttpResponse<String> none = edit(leader, second, "1b", 20, 40, null);
        assertTrue(none.body().contains("mindst én") || none.body().contains("mindst &eacute;n"), none.body());

        HttpResponse<String> saved = edit(leader, first, "1a", -20, 12, supervisorId("ov.nielsen"));
        edit(leader, second, "1b", 20, 40, supervisorId("ov.nielsen"));

        assertTrue(saved.body().contains("perioden er gemt"),
                saved.body());
        assertEquals(TODAY.plusDays(12).toString(), TestRecords.text("SELECT end_date::text FROM placement_period"
                + " WHERE id = ?", first));
        assertEquals(403, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.pedersen"))
                .get("students/view.xhtml?id=" + student).statusCode(), "Jonas no longer follows the student");
        assertEquals(200, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"))
                .get("students/view.xhtml?id=" + student).statusCode());
    }

    @Test
    void aSecondSaveOfAPeriodAfterSomeoneElsesGetsTheConflictMessage() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Lone", "Samtidig");
        long period = TestRecords.period(student, placement, TODAY.plusDays(10), TODAY.plusDays(40), "ov.nielsen");
        SignedInClient one = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        SignedInClient two = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> pageOne = one.get("leader/period.xhtml?id=" + period);
        HttpResponse<String> pageTwo = two.get("leader/period.xhtml?id=" + period);

        one.submit(pageOne, "period", "save", periodFields("1a", 10, 45, supervisorId("ov.nielsen")));
        HttpResponse<String> late = two.submit(pageTwo, "period", "save", periodFields("2", 10, 50,
                supervisorId("ov.nielsen")));

        assertTrue(late.body().contains("En anden har"), late.body());
        assertEquals(TODAY.plusDays(45).toString(), TestRecords.text("SELECT end_date::text FROM placement_period"
                + " WHERE id = ?", period), "the first save stands");
    }

    @Test
    void aPeriodThatHasNotBegunCanBeRemovedButOneThatHasCannot() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Mads", "Slettet");
        long begun = TestRecords.period(student, placement, TODAY.minusDays(3), TODAY.plusDays(10), "ov.nielsen");
        long coming = TestRecords.period(student, placement, TODAY.plusDays(30), TODAY.plusDays(60), "ov.nielsen");
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));

        HttpResponse<String> refused = leader.submit(leader.get("leader/period.xhtml?id=" + begun), "remove",
                "remove", Map.of());
        leader.submit(leader.get("leader/period.xhtml?id=" + coming), "remove", "remove", Map.of());

        assertTrue(refused.body().contains("kan ikke slettes"), refused.body());
        assertEquals(1, periods(student));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM placement_period WHERE id = ?", begun));
        assertEquals(403, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"))
                .get("leader/period.xhtml?id=" + begun).statusCode(), "only the education leader edits periods");
    }

    @Test
    void aSupervisorTakenOffAPlacementLeavesItsRunningPeriodsButNotTheEndedOnes() throws Exception {
        long placement = TestRecords.placement("ov.nielsen", "ov.pedersen");
        long student = TestRecords.student("Nora", "Vejlederskift");
        long ended = TestRecords.period(student, placement, TODAY.minusDays(60), TODAY.minusDays(30), "ov.pedersen");
        long running = TestRecords.period(student, placement, TODAY.minusDays(5), TODAY.plusDays(30), "ov.nielsen",
                "ov.pedersen");
        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> page = leader.get("leader/placement.xhtml?id=" + placement);
        Matcher remove = Pattern.compile("name=\"(supervisors:[^\"]+)\" value=\"Fjern\"[^>]*Jonas")
                .matcher(page.body());
        assertTrue(remove.find(), page.body());

        leader.submit(page, "supervisors", remove.group(1).substring("supervisors:".length()), Map.of());

        String jonasOn = "SELECT count(*) FROM period_supervisor WHERE period_id = ? AND profile_id = ?";
        assertEquals(0, TestRecords.count(jonasOn, running, supervisorId("ov.pedersen")));
        assertEquals(1, TestRecords.count(jonasOn, ended, supervisorId("ov.pedersen")), "history is kept");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM placement_supervisor WHERE placement_id = ?"
                + " AND profile_id = ?", placement, supervisorId("ov.pedersen")));
    }

    private static HttpResponse<String> edit(SignedInClient leader, long period, String code, int fromDay, int toDay,
                                             Long supervisor) throws Exception {
        return leader.submit(leader.get("leader/period.xhtml?id=" + period), "period", "save",
                periodFields(code, fromDay, toDay, supervisor));
    }

    private static Map<String, String> periodFields(String code, int fromDay, int toDay, Long supervisor) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("period:code", code,
                "period:start", TODAY.plusDays(fromDay).toString(), "period:end", TODAY.plusDays(toDay).toString()));
        if (supervisor != null) {
            fields.put("period:supervisors", supervisor.toString());
        }
        return fields;
    }

    private static long supervisorId(String username) throws Exception {
        return TestRecords.person(username);
    }

    private static HttpResponse<String> register(SignedInClient leader, long student, long placement, String code,
                                                 int fromDay, int toDay) throws Exception {
        HttpResponse<String> page = leader.get("students/period.xhtml?id=" + student);
        return leader.submit(page, "period", "save", Map.of("period:placement", String.valueOf(placement),
                "period:code", code, "period:start", TODAY.plusDays(fromDay).toString(),
                "period:end", TODAY.plusDays(toDay).toString()));
    }

    private static long periods(long student) throws Exception {
        return TestRecords.count("SELECT count(*) FROM placement_period WHERE student_id = ?", student);
    }
}
