package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audit events are sealed outside the user's request (docs/audit.md, "Sealing"): a page answers while the chain is
 * held, its events wait unsealed but are in the trail already, and the sealer seals them once the chain is
 * free, with the chain intact.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSealingIT {

    private static final String CHAIN_LOCK = "SELECT pg_advisory_xact_lock(hashtext('brobygger.audit_event.chain'))";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPageDoesNotWaitForTheChainAndItsEventsAreSealedOnceItIsFree() throws Exception {
        long student = TestRecords.student("Sif", "Segl");
        TestRecords.contactPerson(student, "kp.hansen", TestRecords.TODAY.minusDays(10), null);
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        DatabaseSettings db = TestStack.database();
        try (Connection holder = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
             Statement hold = holder.createStatement()) {
            // as a sealer that takes long would: the chain is held
            holder.setAutoCommit(false);
            hold.execute(CHAIN_LOCK);

            long started = System.nanoTime();
            HttpResponse<String> page = karen.get("students/view.xhtml?id=" + student);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(200, page.statusCode());
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the page did not wait for the chain: " + took);
            assertTrue(TestRecords.count("SELECT count(*) FROM audit_event WHERE student_id = ? AND chain_seq IS NULL",
                    student) > 0, "its events wait to be sealed");
            assertTrue(TestRecords.count("SELECT count(*) FROM audit_event WHERE student_id = ?", student) > 0,
                    "and are in the trail already");
            holder.rollback();
        }
        TestRecords.awaitSealed();
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        String checked = ChainChecks.verify(dpo);
        assertTrue(checked.contains("Revisionssporet er intakt"), checked);
    }
}
