package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data protection officer's search counts no further than 10,000 events (docs/performance.md, "The data
 * protection officer's search"): a search that matches more says so, and its pages end there.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSearchOfMoreThanTenThousandEventsSaysSoAndEndsItsPagesThere() throws Exception {
        String busy = "kp.travl-" + UUID.randomUUID().toString().substring(0, 8);
        String quiet = "kp.stille-" + UUID.randomUUID().toString().substring(0, 8);
        TestRecords.update("INSERT INTO audit_event (id, occurred_at, actor_username, actor_roles, action,"
                + " record_type, outcome) SELECT nextval('record_seq'), now() - g * interval '1 second',"
                + " CASE WHEN g <= 10001 THEN ? ELSE ? END, 'contact-person', 'OPEN_PAGE', 'Page', 'ALLOWED'"
                + " FROM generate_series(1, 10003) g", busy, quiet);
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));

        HttpResponse<String> many = dpo.submit(dpo.get("dpo/index.xhtml"), "audit", "search",
                Map.of("audit:username", busy));
        assertTrue(many.body().contains("Mere end 10.000 hændelser passer på søgningen"), many.body());
        assertTrue(many.body().contains("1–50 / 10000"), "the pages end at 10,000: " + many.body());

        HttpResponse<String> few = dpo.submit(dpo.get("dpo/index.xhtml"), "audit", "search",
                Map.of("audit:username", quiet));
        assertFalse(few.body().contains("Mere end"), few.body());
        assertTrue(few.body().contains("1–2 / 2"), few.body());
        TestRecords.awaitSealed();
    }
}
