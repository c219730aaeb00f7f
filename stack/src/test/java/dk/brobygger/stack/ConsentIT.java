package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.infrastructure.persistence.Migrations;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent rules (docs/consent.md) as people meet them, each against the real server, database and Keycloak:
 * a supervisor or mentor sees exactly what a consent in force shares, at its level, and nothing once it is
 * withdrawn or has ended; every view and refusal is in the audit trail, which the student can read.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();
    private static final String DESCRIPTION = "Dansk er andetsprog";
    private static final String HELPS = "Skriftlige beskeder ved vagtskifte";
    private static final String UNSHARED = "Bor alene med lille netvaerk";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A student placed with Anne Nielsen now, Karen Hansen's, with a shared-able and an unshared need. */
    private record Placed(long student, long placement, long period, long language, long social) {
    }

    private static Placed placed(String firstName) throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student(firstName, "Samtykke");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        long period = TestRecords.period(student, placement, TODAY.minusDays(5), TODAY.plusDays(30), "ov.nielsen");
        long language = TestRecords.need(student, "LANGUAGE", DESCRIPTION + ".", HELPS + ".");
        long social = TestRecords.need(student, "SOCIAL", UNSHARED + ".", "Faste vagter.");
        return new Placed(student, placement, period, language, social);
    }

    @Test
    void aSupervisorSeesExactlyTheSharedNeedAtTheSharedLevelAndNoHintOfOthers() throws Exception {
        Placed p = placed("Asta");
        SignedInClient anne = client("ov.nielsen");
        String before = anne.get("students/view.xhtml?id=" + p.student()).body();
        assertFalse(before.contains("shared-needs") || before.contains(HELPS) || before.contains(UNSHARED),
                "nothing without a consent, not even the section: " + before);

        TestRecords.consent(p.student(), p.period(), null, "ACCOMMODATIONS", TODAY.plusDays(60), p.language());
        String page = anne.get("students/view.xhtml?id=" + p.student()).body();

        assertTrue(page.contains("id=\"shared-needs\"") && page.contains(HELPS), page);
        assertFalse(page.contains(DESCRIPTION), "accommodations only: never the description");
        assertFalse(page.contains(UNSHARED) || page.contains("Faste vagter"), "no unshared need");
        assertFalse(page.contains("needs-section") || page.contains("consents-section"), "no more than shared");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event e JOIN placement p ON p.name ="
                + " e.organisation WHERE e.actor_username = 'ov.nielsen' AND e.student_id = ? AND e.action ="
                + " 'VIEW_NEEDS' AND p.id = ? AND (SELECT string_agg(s.category || ':' || s.level, ';') FROM"
                + " audit_seen_need s WHERE s.event_id = e.id) = 'LANGUAGE:ACCOMMODATIONS'", p.student(),
                p.placement()),
                "the view is audited with what was seen and from which placement");

        TestRecords.consent(p.student(), p.period(), null, "FULL", TODAY.plusDays(60), p.language());
        assertTrue(anne.get("students/view.xhtml?id=" + p.student()).body().contains(DESCRIPTION),
                "a consent to the full description shows it");
    }

    @Test
    void aSupervisorOfAnotherPeriodOrPlacementSeesNothing() throws Exception {
        Placed p = placed("Bodil");
        long otherPlacement = TestRecords.placement("ov.pedersen");
        TestRecords.period(p.student(), otherPlacement, TODAY.plusDays(40), TODAY.plusDays(80), "ov.pedersen");
        TestRecords.consent(p.student(), p.period(), null, "FULL", TODAY.plusDays(60), p.language(), p.social());

        String jonas = client("ov.pedersen").get("students/view.xhtml?id=" + p.student()).body();

        assertTrue(jonas.contains("id=\"periods\""), "Jonas follows the student's next period: " + jonas);
        assertFalse(jonas.contains(DESCRIPTION) || jonas.contains(HELPS) || jonas.contains("shared-needs"),
                "the consent was to Anne's period, not Jonas's");
    }

    @Test
    void afterTheStudentWithdrawsTheSupervisorsNextRequestShowsNothing() throws Exception {
        Placed p = placed("Cille");
        TestRecords.linkAccount(p.student(), "elev.larsen");
        long consent = TestRecords.consent(p.student(), p.period(), null, "FULL", TODAY.plusDays(60), p.language());
        SignedInClient anne = client("ov.nielsen");
        assertTrue(anne.get("students/view.xhtml?id=" + p.student()).body().contains(HELPS));

        SignedInClient student = client("elev.larsen");
        HttpResponse<String> withdrawn = student.submit(student.get("students/consent.xhtml?id=" + consent),
                "withdraw", "withdraw", Map.of());
        assertTrue(withdrawn.body().contains("id=\"withdrawn\""), withdrawn.body());

        String after = anne.get("students/view.xhtml?id=" + p.student()).body();
        assertFalse(after.contains(HELPS) || after.contains(DESCRIPTION) || after.contains("shared-needs"), after);
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'WITHDRAW_CONSENT'"
                + " AND record_id = ? AND actor_username = 'elev.larsen'", consent));
    }

    @Test
    void whenThePeriodEndsAccessEndsByItselfAndTheExpiryIsAudited() throws Exception {
        Placed p = placed("Dorte");
        TestRecords.linkAccount(p.student(), "elev.larsen");
        long consent = TestRecords.consent(p.student(), p.period(), null, "FULL", TODAY.plusDays(60), p.language());
        SignedInClient anne = client("ov.nielsen");
        assertTrue(anne.get("students/view.xhtml?id=" + p.student()).body().contains(DESCRIPTION));

        TestRecords.update("UPDATE placement_period SET start_date = ?, end_date = ? WHERE id = ?",
                java.sql.Date.valueOf(TODAY.minusDays(40)), java.sql.Date.valueOf(TODAY.minusDays(1)), p.period());

        assertEquals(403, anne.get("students/view.xhtml?id=" + p.student()).statusCode());
        client("elev.larsen").get("student/index.xhtml");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'CONSENT_EXPIRED'"
                + " AND record_id = ?", consent), "the expiry is written once");
        client("elev.larsen").get("student/index.xhtml");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'CONSENT_EXPIRED'"
                + " AND record_id = ?", consent));
    }

    @Test
    void aConsentToTheMentorShowsTheMentorAndNotTheSupervisor() throws Exception {
        Placed p = placed("Ester");
        long mentoring = TestRecords.mentor(p.student(), "mentor.andersen", TODAY.minusDays(10), null);
        TestRecords.consent(p.student(), null, mentoring, "FULL", TODAY.plusDays(60), p.social());

        String mentor = client("mentor.andersen").get("students/view.xhtml?id=" + p.student()).body();
        String anne = client("ov.nielsen").get("students/view.xhtml?id=" + p.student()).body();

        assertTrue(mentor.contains(UNSHARED) && mentor.contains("Faste vagter"), mentor);
        assertFalse(mentor.contains(DESCRIPTION), "only the need shared with the mentor");
        assertFalse(anne.contains(UNSHARED), "a consent to the mentor is not one to the supervisor");
    }

    @Test
    void requestsForNeedsOutOfScopeAreRefusedAndAudited() throws Exception {
        Placed p = placed("Frode");
        long refusals = TestRecords.count("SELECT count(*) FROM audit_event WHERE outcome = 'DENIED'"
                + " AND student_id = ? AND actor_username IN ('ul.christensen', 'ov.nielsen')", p.student());

        assertEquals(403, client("ul.christensen").get("students/new-consent.xhtml?student=" + p.student())
                .statusCode(), "the education leader never sees needs");
        assertEquals(403, client("ov.nielsen").get("students/need.xhtml?id=" + p.language()).statusCode(),
                "a supervisor cannot open a need");
        assertFalse(client("ul.christensen").get("students/view.xhtml?id=" + p.student()).body()
                .contains(HELPS), "the leader's student page has no needs");

        assertEquals(refusals + 2, TestRecords.count("SELECT count(*) FROM audit_event WHERE outcome = 'DENIED'"
                + " AND student_id = ? AND actor_username IN ('ul.christensen', 'ov.nielsen')", p.student()));
    }

    @Test
    void theStudentGivesConsentToTheExactTextShownAndGetsAReceipt() throws Exception {
        Placed p = placed("Gry");
        TestRecords.linkAccount(p.student(), "elev.larsen");
        SignedInClient student = client("elev.larsen");

        HttpResponse<String> form = student.get("students/new-consent.xhtml?student=" + p.student());
        HttpResponse<String> text = student.submit(form, "consent", "show", Map.of("consent:recipient",
                "period:" + p.period(), "consent:needs", String.valueOf(p.language()), "consent:level",
                "ACCOMMODATIONS", "consent:purpose", "At tilpasse oplaeringen"));
        assertTrue(text.body().contains("id=\"consent-text\"") && text.body().contains(HELPS), text.body());
        assertFalse(text.body().contains(DESCRIPTION), "the text names what is shared: accommodations only");
        student.submit(text, "answer", "give", Map.of());

        long consent = TestRecords.count("SELECT id FROM consent WHERE student_id = ? AND status = 'GIVEN'",
                p.student());
        assertEquals("IN_APPLICATION", TestRecords.text("SELECT given_how FROM consent WHERE id = ?", consent));
        assertEquals("1", TestRecords.text("SELECT text_version FROM consent WHERE id = ?", consent));
        HttpResponse<String> receipt = student.submit(student.get("students/consent.xhtml?id=" + consent),
                "receipt", "download", Map.of());
        assertTrue(receipt.headers().firstValue("Content-Disposition").orElse("").contains("samtykke-" + consent),
                receipt.headers().map().toString());
        assertTrue(receipt.body().contains(HELPS) && receipt.body().contains("(stemmer med teksten)"),
                "the stored checksum is the text's: " + receipt.body());
        assertTrue(client("ov.nielsen").get("students/view.xhtml?id=" + p.student()).body().contains(HELPS));
    }

    @Test
    void theContactPersonProposesAndTheStudentAcceptsOrRecordsAPaperConsent() throws Exception {
        Placed p = placed("Hilde");
        TestRecords.linkAccount(p.student(), "elev.larsen");
        SignedInClient karen = client("kp.hansen");
        Map<String, String> fields = Map.of("consent:recipient", "period:" + p.period(), "consent:needs",
                String.valueOf(p.language()), "consent:level", "FULL", "consent:purpose", "Tilrettelaeggelse");

        HttpResponse<String> text = karen.submit(karen.get("students/new-consent.xhtml?student=" + p.student()),
                "consent", "show", fields);
        karen.submit(text, "answer", "propose", Map.of());
        long proposal = TestRecords.count("SELECT id FROM consent WHERE student_id = ? AND status = 'PROPOSED'",
                p.student());
        assertFalse(client("ov.nielsen").get("students/view.xhtml?id=" + p.student()).body().contains(HELPS),
                "a proposal shares nothing");

        SignedInClient student = client("elev.larsen");
        student.submit(student.get("students/consent.xhtml?id=" + proposal), "answer", "accept", Map.of());
        assertEquals("GIVEN", TestRecords.text("SELECT status FROM consent WHERE id = ?", proposal));
        assertEquals("elev.larsen", TestRecords.text("SELECT given_by FROM consent WHERE id = ?", proposal));

        HttpResponse<String> again = karen.submit(karen.get("students/new-consent.xhtml?student=" + p.student()),
                "consent", "show", fields);
        HttpResponse<String> withoutHow = karen.submit(again, "answer", "record", Map.of());
        assertTrue(withoutHow.body().contains("Skriv, hvordan eleven gav samtykke"), withoutHow.body());
        karen.submit(withoutHow, "answer", "record", Map.of("answer:how", "Underskrevet paa papir"));
        long recorded = TestRecords.count("SELECT id FROM consent WHERE student_id = ? AND given_how ="
                + " 'RECORDED_BY_CONTACT_PERSON'", p.student());

        HttpResponse<String> noReason = karen.submit(karen.get("students/consent.xhtml?id=" + recorded), "withdraw",
                "withdraw", Map.of());
        assertTrue(noReason.body().contains("Skriv, hvorfor samtykket"), noReason.body());
        karen.submit(noReason, "withdraw", "withdraw", Map.of("withdraw:reason", "Eleven ringede"));
        assertEquals("Eleven ringede", TestRecords.text("SELECT withdrawal_reason FROM consent WHERE id = ?",
                recorded));
    }

    @Test
    void theStudentSeesWhoHasSeenTheirNeeds() throws Exception {
        Placed p = placed("Inge");
        TestRecords.linkAccount(p.student(), "elev.larsen");
        TestRecords.consent(p.student(), p.period(), null, "ACCOMMODATIONS", TODAY.plusDays(60), p.language());
        client("ov.nielsen").get("students/view.xhtml?id=" + p.student());
        String placement = TestRecords.text("SELECT name FROM placement WHERE id = ?", p.placement());

        String log = client("elev.larsen").get("student/access.xhtml").body();

        assertTrue(log.contains("Anne Nielsen") && log.contains(placement), log);
        assertTrue(log.contains("Sproglige udfordringer"), "what was seen: " + log);
    }

    @Test
    void theDataProtectionOfficerFindsAChangedRowAndExportsTheTrail() throws Exception {
        Placed p = placed("Jens");
        client("kp.hansen").get("students/view.xhtml?id=" + p.student());
        SignedInClient dpo = client("dpo.madsen");
        assertTrue(verify(dpo).contains("Revisionssporet er intakt"), "intact before");

        TestRecords.awaitSealed();
        long event = TestRecords.count("SELECT max(id) FROM audit_event WHERE student_id = ? AND action ="
                + " 'VIEW_NEEDS'", p.student());
        long seq = TestRecords.count("SELECT chain_seq FROM audit_event WHERE id = ?", event);
        String recordType = TestRecords.text("SELECT record_type FROM audit_event WHERE id = ?", event);
        TestRecords.update("UPDATE audit_event SET record_type = 'Nothing' WHERE id = ?", event);
        try {
            String broken = verify(dpo);
            assertTrue(broken.contains("Revisionssporet er brudt") && broken.contains("nr. " + seq + " ("),
                    "the break is at the changed event: " + broken);
            String checkpoint = dpo.submit(dpo.get("dpo/index.xhtml"), "checkpoint", "make", Map.of()).body();
            assertTrue(checkpoint.contains("Kontrollér sporet først"), "no checkpoint of a broken chain: " + checkpoint);
        } finally {
            TestRecords.update("UPDATE audit_event SET record_type = ? WHERE id = ?", recordType, event);
        }
        assertTrue(verify(dpo).contains("Revisionssporet er intakt"), "intact once the row is as it was");

        // what the event saw is in its hash too: a need's level changed afterwards breaks the chain
        assertEquals(1, TestRecords.count("UPDATE audit_seen_need SET level = 'ACCOMMODATIONS' WHERE event_id = ?"
                + " AND position = 0 RETURNING 1", event));
        try {
            assertTrue(verify(dpo).contains("Revisionssporet er brudt"), "a changed seen need is found");
        } finally {
            TestRecords.update("UPDATE audit_seen_need SET level = 'FULL' WHERE event_id = ? AND position = 0",
                    event);
        }
        assertTrue(verify(dpo).contains("Revisionssporet er intakt"), "intact once the need is as it was");

        HttpResponse<String> page = dpo.get("dpo/index.xhtml");
        HttpResponse<String> csv = dpo.submit(page, "audit", "export", Map.of("audit:student",
                String.valueOf(p.student())));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        assertTrue(csv.body().contains("VIEW_NEEDS") && csv.body().contains(";kp.hansen;"), csv.body());
        assertFalse(csv.body().contains("ov.pedersen"), "only the student searched for");
    }

    @Test
    void aConsentIsNeverEditedOrDeletedAndNeedVersionsNeverChangeForTheApplicationsDatabaseUser() throws Exception {
        Placed p = placed("Vera");
        long consent = TestRecords.consent(p.student(), p.period(), null, "ACCOMMODATIONS", TODAY.plusDays(9),
                p.social());
        DatabaseSettings db = TestStack.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.appUser(), db.appPassword());
             Statement s = c.createStatement()) {
            c.setSchema(Migrations.SCHEMA);
            SQLException edit = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE consent SET level = 'FULL' WHERE id = " + consent));
            assertTrue(edit.getMessage().contains("never edited"), edit.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.execute("DELETE FROM consent WHERE id = " + consent));
            assertEquals("42501", delete.getSQLState(), "permission denied");
            SQLException revision = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE need_revision SET description = 'x' WHERE need_id = " + p.social()));
            assertEquals("42501", revision.getSQLState(), "permission denied");
            SQLException widened = assertThrows(SQLException.class, () -> s.execute("INSERT INTO consent_need"
                    + " (consent_id, need_revision_id) SELECT " + consent + ", id FROM need_revision WHERE need_id = "
                    + p.language()));
            assertTrue(widened.getMessage().contains("never widened"), widened.getMessage());
            SQLException language = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE consent SET text_language = 'xx' WHERE id = " + consent));
            assertTrue(language.getMessage().contains("never edited"), language.getMessage());
            s.execute("UPDATE consent SET withdrawn_at = now(), withdrawn_by = 'elev.larsen' WHERE id = " + consent);
            SQLException undo = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE consent SET withdrawn_at = NULL WHERE id = " + consent));
            assertTrue(undo.getMessage().contains("never edited"), "a withdrawal stands: " + undo.getMessage());
        }
    }

    private static String verify(SignedInClient dpo) throws Exception {
        return ChainChecks.verify(dpo);
    }

    private static SignedInClient client(String username) throws Exception {
        return SignedInClient.signIn(DEMO.byUsername(username));
    }
}
