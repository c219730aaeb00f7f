package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasure (docs/data-protection.md): everything about a student erased by the data protection officer for a decided
 * request, never while a restriction is open, with the audit chain still verifying and still catching a change; and
 * the retention schedule at its boundaries, the day before and the day of.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final String INTACT = "Revisionssporet er intakt";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private record Erased(long student, long request, long other, long groupSession) {
    }

    /** A student with needs, a consent, a period, mentoring (alone and in a group) and an access log; erased. */
    private static Erased eraseOne(SignedInClient dpo, String firstName) throws Exception {
        long student = TestRecords.student(firstName, "Slettes");
        TestRecords.linkAccount(student, "elev.larsen");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(60), null);
        long period = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.minusDays(10),
                TODAY.plusDays(50), "ov.nielsen");
        long need = TestRecords.need(student, "PSYCHOLOGICAL", "Angst ved nye steder", "Rolig opstart");
        TestRecords.consent(student, period, null, "FULL", TODAY.plusDays(40), need);
        TestRecords.offer(student, "FAGSPROG", "AGREED", need);
        TestRecords.session("mentor.andersen", student, TODAY.minusDays(5), "Alene", true);
        long other = TestRecords.student("Gunnar", "Gruppe");
        long group = TestRecords.session("mentor.andersen", other, TODAY.minusDays(3), "Gruppen", false);
        TestRecords.update("INSERT INTO mentor_session_attendee (session_id, student_id) VALUES (?, ?)", group,
                student);
        assertEquals(200, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"))
                .get("students/view.xhtml?id=" + student).statusCode());
        assertEquals(200, SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"))
                .get("student/index.xhtml").statusCode());

        long request = register(dpo, student, "ERASURE");
        HttpResponse<String> page = dpo.get("dpo/request.xhtml?id=" + request);
        HttpResponse<String> noReason = dpo.submit(page, "erase", "erase", Map.of());
        assertTrue(noReason.body().contains("Skriv en begrundelse for sletningen."), noReason.body());
        long restriction = register(dpo, student, "RESTRICTION");
        HttpResponse<String> restricted = dpo.submit(dpo.get("dpo/request.xhtml?id=" + request), "erase", "erase",
                Map.of("erase:reason", "Formålet er ophørt"));
        assertTrue(restricted.body().contains("åben anmodning om begrænsning"), restricted.body());
        assertEquals(1, TestRecords.count("SELECT count(*) FROM need WHERE student_id = ?", student),
                "nothing is erased while a restriction is open");
        dpo.submit(dpo.get("dpo/request.xhtml?id=" + restriction), "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Begrænsningen er ophævet"));

        HttpResponse<String> erased = dpo.submit(dpo.get("dpo/request.xhtml?id=" + request), "erase", "erase",
                Map.of("erase:reason", "Formålet er ophørt"));
        assertTrue(erased.body().contains("Elevens oplysninger er slettet."), erased.body());
        return new Erased(student, request, other, group);
    }

    /** Registers a request of this kind for the student, received today, through the register's page. */
    private static long register(SignedInClient dpo, long student, String kind) throws Exception {
        String number = TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);
        dpo.submit(dpo.get("dpo/requests.xhtml"), "request", "register", Map.of("request:student", number,
                "request:kind", kind, "request:received", TODAY.toString()));
        return TestRecords.count("SELECT max(id) FROM data_request WHERE student_id = ? AND kind = ?", student, kind);
    }

    @Test
    void theOfficerErasesEverythingAboutAStudentForADecidedRequestAndTheChainStillVerifies() throws Exception {
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        Erased e = eraseOne(dpo, "Sigrid");
        for (String table : new String[] {"need", "consent", "assignment", "placement_period", "student_offer",
            "mentor_session_attendee", "student_status_change", "data_copy"}) {
            assertEquals(0, TestRecords.count("SELECT count(*) FROM " + table + " WHERE student_id = ?", e.student()),
                    "nothing left in " + table);
        }
        assertEquals("Slettet elev|X" + e.student() + "|true", TestRecords.text("SELECT first_name || ' ' || last_name"
                + " || '|' || student_number || '|' || (account_id IS NULL AND erased_at IS NOT NULL)"
                + " FROM student WHERE id = ?", e.student()), "an anonymous row for the counts");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM mentor_session_attendee WHERE session_id = ?",
                e.groupSession()), "the group's session stays, with the other attendee");
        String before = " AND occurred_at < (SELECT erased_at FROM student WHERE id = a.student_id)";
        assertEquals(0, TestRecords.count("SELECT count(*) FROM audit_event a WHERE student_id = ?"
                + " AND content_digest IS NOT NULL AND (reason IS NOT NULL OR erased_at IS NULL)" + before,
                e.student()), "the personal content of the events about her until the erasure is erased");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM audit_seen_need s JOIN audit_event a ON a.id ="
                + " s.event_id WHERE a.student_id = ? AND a.content_digest IS NOT NULL", e.student()));
        assertEquals(0, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'elev.larsen'"
                + " AND student_id = ? AND content_digest IS NOT NULL", e.student()), "nor her name as the actor");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM data_erasure WHERE student_id = ? AND request_id = ?"
                + " AND category = 'RECORD' AND erased_by = 'dpo.madsen'", e.student(), e.request()));

        HttpResponse<String> request = dpo.get("dpo/request.xhtml?id=" + e.request());
        assertTrue(request.body().contains("Hele elevens oplysninger"), "the request shows what was done");
        HttpResponse<String> closed = dpo.submit(request, "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Alt om eleven er slettet"));
        assertTrue(closed.body().contains("Anmodningen er afsluttet."), closed.body());
        TestRecords.awaitSealed();
        assertTrue(ChainChecks.verify(dpo).contains(INTACT), "the chain verifies after the erasure");
    }

    @Test
    void aRowChangedAfterAnErasureIsStillCaught() throws Exception {
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        Erased e = eraseOne(dpo, "Tove");
        TestRecords.awaitSealed();
        long erasedEvent = TestRecords.count("SELECT max(id) FROM audit_event WHERE student_id = ?"
                + " AND erased_at IS NOT NULL", e.student());
        String digest = TestRecords.text("SELECT content_digest FROM audit_event WHERE id = ?", erasedEvent);
        TestRecords.update("UPDATE audit_event SET content_digest = repeat('a', 64) WHERE id = ?", erasedEvent);
        try {
            assertTrue(ChainChecks.verify(dpo).contains("Revisionssporet er brudt"), "an erased event's digest");
        } finally {
            TestRecords.update("UPDATE audit_event SET content_digest = ? WHERE id = ?", digest, erasedEvent);
        }
        long kept = TestRecords.count("SELECT max(id) FROM audit_event WHERE actor_username = 'dpo.madsen'"
                + " AND content_digest IS NOT NULL AND erased_at IS NULL AND chain_seq IS NOT NULL");
        String reason = TestRecords.text("SELECT reason FROM audit_event WHERE id = ?", kept);
        TestRecords.update("UPDATE audit_event SET actor_username = 'kp.jensen' WHERE id = ?", kept);
        try {
            assertTrue(ChainChecks.verify(dpo).contains("Revisionssporet er brudt"),
                    "content not erased no longer fits its digest");
        } finally {
            TestRecords.update("UPDATE audit_event SET actor_username = 'dpo.madsen', reason = ? WHERE id = ?",
                    reason, kept);
        }
        assertTrue(ChainChecks.verify(dpo).contains(INTACT), "intact once the rows are as they were");
    }

    @Test
    void theScheduleErasesOnTheDayTheTimeIsUpNotTheDayBeforeAndNeverUnderARestriction() throws Exception {
        long dueToday = left("Dagen", TODAY.minusMonths(12));
        long dueTomorrow = left("Dagenfoer", TODAY.plusDays(1).minusMonths(12));
        long restricted = left("Begraenset", TODAY.minusMonths(12));
        long wholeRecord = left("Helt", TODAY.minusMonths(60));
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        long restriction = register(dpo, restricted, "RESTRICTION");

        HttpResponse<String> ran = dpo.submit(dpo.get("dpo/index.xhtml"), "retention", "run", Map.of());
        assertTrue(ran.body().contains("Slettet efter skema"), ran.body());
        String needs = "SELECT count(*) FROM need WHERE student_id = ?";
        assertEquals(0, TestRecords.count(needs, dueToday), "due on the day twelve months after she left");
        assertEquals(1, TestRecords.count(needs, dueTomorrow), "not the day before");
        assertEquals(1, TestRecords.count(needs, restricted), "not while a restriction is open");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM assignment WHERE student_id = ?", dueToday),
                "the rest of her record is kept longer");
        assertEquals("Slettet", TestRecords.text("SELECT first_name FROM student WHERE id = ?", wholeRecord),
                "after sixty months the whole record goes");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM data_erasure WHERE student_id = ? AND category ="
                + " 'NEEDS' AND erased_by = 'brobygger'", dueToday));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE action = 'ERASE' AND student_id = ?"
                + " AND actor_username = 'brobygger'", dueToday), "the schedule's erasure is in the trail");

        dpo.submit(dpo.get("dpo/request.xhtml?id=" + restriction), "close", "save", Map.of("close:result",
                "REFUSED", "close:outcome", "Ingen grund til begrænsning"));
        dpo.submit(dpo.get("dpo/index.xhtml"), "retention", "run", Map.of());
        assertEquals(0, TestRecords.count(needs, restricted), "erased once the restriction is closed");
        assertEquals(1, TestRecords.count(needs, dueTomorrow));
    }

    /** A student with a need and a contact person, who left on {@code day} (completed the programme). */
    private static long left(String firstName, LocalDate day) throws Exception {
        long student = TestRecords.student(firstName, "Stoppet");
        TestRecords.contactPerson(student, "kp.hansen", day.minusMonths(6), day);
        TestRecords.need(student, "SOCIAL", "Ensom", "Makker");
        TestRecords.statusChange(student, "COMPLETED", day);
        return student;
    }
}
