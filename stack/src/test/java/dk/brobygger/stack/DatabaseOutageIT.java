package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stops and starts again while a contact person is signed in (docs/security.md, "Faults"). During the
 * outage every page answers quickly with the "temporarily unavailable" page (503); what was being saved is not
 * saved at all; the first request after the database is back works, without restarting the application.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    /** "A few seconds": the connect timeout and the wait for the pool, with room for a slow machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(12);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theApplicationRidesOutADatabaseRestart() throws Exception {
        long student = TestRecords.student("Nedbrud", "Genstart");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(1), null);
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        assertEquals(200, karen.get("contact/index.xhtml").statusCode());
        HttpResponse<String> statusForm = karen.get("students/status.xhtml?id=" + student);
        assertEquals(200, statusForm.statusCode());

        TestStack.runningDatabase().stopForOutage();
        try {
            Instant asked = Instant.now();
            HttpResponse<String> list = karen.get("contact/index.xhtml");
            assertAnsweredUnavailable(list, asked);
            asked = Instant.now();
            HttpResponse<String> saved = karen.submit(statusForm, "status", "save", Map.of(
                    "status:newStatus", "COMPLETED", "status:statusDate", TODAY.toString(),
                    "status:statusReason", "Skrevet under et nedbrud"));
            assertAnsweredUnavailable(saved, asked);
        } finally {
            TestStack.runningDatabase().startAfterOutage();
        }

        HttpResponse<String> back = karen.get("contact/index.xhtml");
        assertEquals(200, back.statusCode(), "the first request after the restart works: " + back.body());
        assertTrue(back.body().contains("Nedbrud Genstart"), back.body());
        assertEquals("ACTIVE", TestRecords.text("SELECT status FROM student WHERE id = ?", student),
                "the change tried during the outage was not saved");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM student_status_change WHERE student_id = ?", student),
                "nor any part of it");
    }

    private static void assertAnsweredUnavailable(HttpResponse<String> response, Instant asked) {
        Duration took = Duration.between(asked, Instant.now());
        assertTrue(took.compareTo(ANSWERED_WITHIN) < 0, "answered in " + took);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Brobygger er midlertidigt utilgængelig"), response.body());
        assertEquals("10", response.headers().firstValue("Retry-After").orElse(""));
    }
}
