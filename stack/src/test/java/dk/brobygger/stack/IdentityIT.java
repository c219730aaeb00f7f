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

/**
 * People are known by their Keycloak subject, never by their username (docs/security.md, "Identity"): a student's
 * record is linked to an account by the education leader, and a new account under a known username gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theLeaderLinksTheAccountTheStudentSignedInWithAndNobodyElseMay() throws Exception {
        long student = TestRecords.student("Konto", "Knyttes");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(1), null);
        SignedInClient sara = SignedInClient.signIn(DEMO.byUsername("elev.larsen"));
        TestRecords.update("UPDATE student SET account_id = NULL WHERE account_id"
                + " = (SELECT id FROM user_profile WHERE username = 'elev.larsen')");
        assertTrue(sara.get("student/index.xhtml").body().contains("ikke knyttet til dine oplysninger"),
                "before the link, the student's page says so");

        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        assertEquals(403, karen.get("students/account.xhtml?id=" + student).statusCode(),
                "a contact person does not link accounts");
        assertEquals(1, TestRecords.auditEvents("kp.hansen", student, "DENIED"));

        SignedInClient leader = SignedInClient.signIn(DEMO.byUsername("ul.christensen"));
        String page = "students/account.xhtml?id=" + student;
        HttpResponse<String> unknown = leader.submit(leader.get(page), "account", "link",
                Map.of("account:accountUsername", "har.aldrig.logget.ind"));
        assertTrue(unknown.body().contains("Ingen konto med det brugernavn har logget ind"),
                "an account that never signed in has no known subject: " + unknown.body());

        HttpResponse<String> linked = leader.submit(leader.get(page), "account", "link",
                Map.of("account:accountUsername", "elev.larsen"));
        assertTrue(linked.body().contains("Kontoen er knyttet til eleven."), linked.body());
        String subject = TestRecords.text("SELECT subject FROM user_profile WHERE username = 'elev.larsen'");
        assertEquals(subject, TestRecords.text("SELECT reason FROM audit_event WHERE action = 'LINK_ACCOUNT'"
                + " AND student_id = ? AND record_id = (SELECT id FROM user_profile WHERE username = 'elev.larsen')"
                + " ORDER BY id DESC LIMIT 1", student), "the audit trail records the linked account's subject");
        assertTrue(sara.get("student/index.xhtml").body().contains("id=\"access-log\""),
                "the student now reads their own record");

        long other = TestRecords.student("Anden", "Elev");
        HttpResponse<String> taken = leader.submit(leader.get("students/account.xhtml?id=" + other), "account",
                "link", Map.of("account:accountUsername", "elev.larsen"));
        assertTrue(taken.body().contains("er allerede knyttet til eleven med elevnummer"), taken.body());

        HttpResponse<String> removed = leader.submit(leader.get(page), "unlink", "remove", Map.of());
        assertTrue(removed.body().contains("Kontoen er ikke længere knyttet til eleven."), removed.body());
        assertTrue(sara.get("student/index.xhtml").body().contains("ikke knyttet til dine oplysninger"),
                "the account reads the record no more, from the next request");
    }

    @Test
    void aNewAccountUnderAKnownUsernameIsRefusedWithAClearPageAndAudited() throws Exception {
        SignedInClient.signIn(DEMO.byUsername("elev.hassan"));
        String subject = TestRecords.text("SELECT subject FROM user_profile WHERE username = 'elev.hassan'");
        long student = TestRecords.student("Gammel", "Konto");
        TestRecords.linkAccount(student, "elev.hassan");
        long refusedBefore = TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN'"
                + " AND outcome = 'DENIED' AND actor_username = 'elev.hassan' AND actor_subject = ?", subject);
        // the profile of elev.hassan now belongs to an account Keycloak no longer has: the username was reused
        TestRecords.update("UPDATE user_profile SET subject = 'an-account-deleted-in-keycloak'"
                + " WHERE username = 'elev.hassan'");
        try {
            SignedInClient newcomer = SignedInClient.signIn(DEMO.byUsername("elev.hassan"));
            HttpResponse<String> landed = newcomer.get("student/index.xhtml");
            assertTrue(landed.uri().getPath().endsWith("/errors/account.xhtml")
                    && landed.body().contains("Din konto kan ikke bruges i Brobygger")
                    && landed.body().contains("Kontakt skolen"), landed.uri() + " " + landed.body());
            assertFalse(landed.body().contains("id=\"access-log\""), "the old account's record is not shown");
            assertEquals(refusedBefore + 2, TestRecords.count("SELECT count(*) FROM audit_event"
                    + " WHERE action = 'SIGN_IN' AND outcome = 'DENIED' AND actor_username = 'elev.hassan'"
                    + " AND actor_subject = ?", subject), "each refused sign-in is audited with the new subject");
        } finally {
            TestRecords.update("UPDATE user_profile SET subject = ? WHERE username = 'elev.hassan'", subject);
        }
    }
}
