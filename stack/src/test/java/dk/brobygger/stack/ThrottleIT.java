package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A burst of refused requests from one person waits (429) instead of writing an audit event each, and nobody else
 * waits for it (docs/security.md). The tests' limit is 250 refusals in 10 seconds (stack/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class ThrottleIT {

    private static final int BURST = 320;
    /** The tests' limit of refusals in the window (stack/pom.xml). */
    private static final int LIMIT = 250;
    private static final int THREADS = 6;
    private static final DemoUsers DEMO = DemoUsers.fromRealm();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aBurstOfRefusalsWaitsAndSlowsNobodyElse() throws Exception {
        long student = TestRecords.student("Ikke", "Hans");
        String foreign = "students/view.xhtml?id=" + student;
        SignedInClient jonas = SignedInClient.signIn(DEMO.byUsername("ov.pedersen"));
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        long deniedBefore = denied();
        long crossedBefore = crossed();

        List<Integer> statuses = new ArrayList<>();
        ExecutorService burst = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                answers.add(burst.submit(() -> jonas.get(foreign)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        } finally {
            burst.shutdown();
        }
        long waited = statuses.stream().filter(s -> s == 429).count();
        long refused = statuses.stream().filter(s -> s == 403).count();
        assertEquals(BURST, waited + refused, "each request was refused or waited: " + statuses);
        assertTrue(waited > 0, "past the limit, requests wait: " + statuses);
        long audited = denied() - deniedBefore;
        // requests already past the check when the limit was crossed are still refused and audited: one a thread
        assertTrue(audited >= 1 && audited <= LIMIT + THREADS, "the burst wrote at most about the limit's events: "
                + audited);
        assertEquals(crossedBefore + 1, crossed(), "the refusal that crossed the limit says so");

        Instant asked = Instant.now();
        assertEquals(200, karen.get("contact/index.xhtml").statusCode());
        assertTrue(Duration.between(asked, Instant.now()).toMillis() < 3000, "someone else does not wait");
        HttpResponse<String> waiting = jonas.get("supervisor/index.xhtml");
        assertEquals(429, waiting.statusCode());
        assertTrue(waiting.body().contains("Vent et øjeblik"), waiting.body());
        assertTrue(waiting.headers().firstValue("Retry-After").isPresent());

        Thread.sleep(11_000);
        assertEquals(200, jonas.get("supervisor/index.xhtml").statusCode(), "after the window, as before");
        assertEquals(403, jonas.get(foreign).statusCode());
    }

    /** Refusals (in flight together, so not necessarily the last one written) that crossed the limit. */
    private static long crossed() throws Exception {
        return TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.pedersen'"
                + " AND outcome = 'DENIED' AND reason LIKE '%too many refusals%'");
    }

    private static long denied() throws Exception {
        return TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.pedersen'"
                + " AND outcome = 'DENIED'");
    }
}
