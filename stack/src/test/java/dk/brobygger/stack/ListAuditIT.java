package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list is one audit event naming every student it showed (docs/audit.md): each of them still finds it in their
 * access log, the data protection officer finds it by each of them, and the chain covers the names.
 */
@ExtendWith(ArquillianExtension.class)
class ListAuditIT {

    private static final String LISTS_NAMING = "SELECT count(*) FROM audit_event e JOIN audit_listed_student l"
            + " ON l.event_id = e.id WHERE e.action = 'LIST' AND l.student_id = ?";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aListViewIsOneEventThatEachStudentShownFindsInTheirAccessLog() throws Exception {
        long lea = TestRecords.student("Lea", "Listet");
        long mik = TestRecords.student("Mik", "Listet");
        for (long student : new long[] {lea, mik}) {
            TestRecords.contactPerson(student, "kp.hansen", TestRecords.TODAY.minusDays(10), null);
        }
        TestRecords.linkAccount(lea, "elev.larsen");

        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        HttpResponse<String> list = karen.get("contact/index.xhtml");
        long leasBefore = TestRecords.count(LISTS_NAMING, lea);
        HttpResponse<String> found = karen.submit(list, "students", "search", Map.of("students:text", "Listet"));
        assertTrue(found.body().contains("Lea Listet") && found.body().contains("Mik Listet"), found.body());

        assertEquals(leasBefore + 1, TestRecords.count(LISTS_NAMING, lea), "the list named Lea once");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_listed_student a"
                + " JOIN audit_listed_student b ON b.event_id = a.event_id"
                + " WHERE a.student_id = ? AND b.student_id = ? AND a.event_id = (SELECT max(event_id)"
                + " FROM audit_listed_student WHERE student_id = ?)", lea, mik, lea),
                "one event names both students of the list");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'LIST' AND student_id"
                + " IN (?, ?)", lea, mik), "no event per student");

        SignedInClient leaSelf = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
        String log = leaSelf.get("student/access.xhtml").body();
        assertTrue(log.contains("Så dig i en elevliste") || log.contains("S&aring; dig i en elevliste"), log);

        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        HttpResponse<String> csv = dpo.submit(dpo.get("dpo/index.xhtml"), "audit", "export",
                Map.of("audit:student", String.valueOf(mik)));
        assertTrue(csv.body().lines().anyMatch(line -> line.contains(";LIST;") && line.contains(lea + ",")
                || line.contains(";LIST;") && line.contains("," + lea)), "found by Mik, naming Lea too: "
                + csv.body());

        TestRecords.awaitSealed();
        String checked = ChainChecks.verify(dpo);
        assertTrue(checked.contains("Revisionssporet er intakt"), "the database and Java hash a list alike");
    }
}
