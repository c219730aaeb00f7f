package dk.brobygger.stack;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the running application's sealer chains audit events (docs/audit.md, "Sealing"): a burst of events is
 * written at once, as many list views would, and the time until the last of them is sealed is measured; then the
 * data protection officer's full check of the chain, which runs in the background. Prints the rate against the
 * target of docs/performance.md and the check's time. Run with bin/benchmark, not part of the test suite.
 */
@ExtendWith(ArquillianExtension.class)
class SealingBenchmark {

    private static final int EVENTS = 100_000;
    private static final int TARGET_PER_SECOND = 5_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aBurstOfEventsIsSealedAtTheTargetRate() throws Exception {
        TestRecords.awaitSealed();
        long before = TestRecords.count("SELECT count(*) FROM audit_event");
        // views of a student, a tenth with a need seen, and a tenth lists of 25 students
        TestRecords.update("WITH e AS (INSERT INTO audit_event (id, occurred_at, actor_subject, actor_username,"
                + " actor_roles, action, record_type, record_id, student_id, outcome, student_view)"
                + " SELECT nextval('record_seq'), clock_timestamp(), 'benchmark-subject', 'kp.benchmark',"
                + " 'contact-person', CASE WHEN g % 10 = 5 THEN 'LIST' ELSE 'VIEW' END, 'Student', g, g, 'ALLOWED',"
                + " 'FULL' FROM generate_series(1, ?) g"
                + " RETURNING id, record_id), listed AS (INSERT INTO audit_listed_student (event_id, position,"
                + " student_id) SELECT id, p, record_id + p FROM e, generate_series(0, 24) p"
                + " WHERE record_id % 10 = 5)"
                + " INSERT INTO audit_seen_need (event_id, position, need_id, category, level)"
                + " SELECT id, 0, NULL, 'LANGUAGE', 'FULL' FROM e WHERE record_id % 10 = 0", EVENTS);
        long started = System.nanoTime();
        TestRecords.awaitSealed(Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = EVENTS / seconds;
        System.out.printf("%nAudit sealing: %,d events written at once (%,d in the trail before) sealed in %.1f s:"
                + " %,.0f events/s (target: at least %,d)   %s%n%n", EVENTS, before, seconds, rate,
                TARGET_PER_SECOND, rate >= TARGET_PER_SECOND ? "pass" : "MISS");

        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        long checkStarted = System.nanoTime();
        String result = ChainChecks.verify(dpo, Duration.ofMinutes(30));
        boolean intact = result.contains("id=\"chain-result\" role=\"status\" class=\"ok\"");
        System.out.printf("Full chain check of %,d events, run in the background while its page shows progress:"
                + " %.0f s, %s%n%n", TestRecords.count("SELECT count(*) FROM audit_event"),
                (System.nanoTime() - checkStarted) / 1e9, intact ? "intact" : "NOT INTACT");
    }
}
