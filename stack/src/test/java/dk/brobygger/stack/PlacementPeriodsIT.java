package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
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

        leader.submit(leader.get("leader/placements.xhtml"), "placement", "save", Map.of("placement:name",
                placementName, "placement:type", "NURSING_HOME", "placement:size", "SMALL", "placement:area", "Valby",
                "placement:specialities", "DEMENTIA"));
        long placement = TestRecords.count("SELECT id FROM placement WHERE name = ?", placementName);
        leader.submit(leader.get("leader/placements.xhtml"), "supervisor", "add", Map.of("supervisor:placement",
                String.valueOf(placement), "supervisor:supervisor", username));

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

        assertFalse(page.body().contains("id=\"period\""), "the form is not offered");
        assertEquals(0, periods(student));
    }

    private static HttpResponse<String> register(SignedInClient leader, long student, long placement, String code,
                                                 int fromDay, int toDay) throws Exception {
        HttpResponse<String> page = leader.get("students/view.xhtml?id=" + student);
        return leader.submit(page, "period", "save", Map.of("period:placement", String.valueOf(placement),
                "period:code", code, "period:start", TODAY.plusDays(fromDay).toString(),
                "period:end", TODAY.plusDays(toDay).toString()));
    }

    private static long periods(long student) throws Exception {
        return TestRecords.count("SELECT count(*) FROM placement_period WHERE student_id = ?", student);
    }
}
