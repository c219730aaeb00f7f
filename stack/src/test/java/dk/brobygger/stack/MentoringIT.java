package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mentoring as its users meet it: a mentor logs sessions (individual and for a cluster), refused in plain words
 * when the input is wrong; a flagged session reaches the contact person as a task; a missed cadence shows as
 * overdue; and each reader sees only their part of the sessions.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aFlaggedSessionReachesTheContactPersonAsATaskSheMarksDone() throws Exception {
        long student = TestRecords.student("Frida", "Opfoelgning");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(30), TODAY.plusDays(90), "WEEKLY");
        SignedInClient mette = client("mentor.andersen");

        HttpResponse<String> saved = log(mette, "student=" + student, fields(TODAY, "45", "WELL_BEING",
                "Talte om eksamensangst.", Map.of("log:followUp", "true",
                        "log:followUpMessage", "Bange for at dumpe. Kan du tage en snak?")));

        assertTrue(saved.body().contains("kontaktpersonen har f"), saved.body());
        assertEquals(1, sessions(student));
        long task = TestRecords.count("SELECT id FROM task WHERE student_id = ? AND kind = 'MENTOR_FOLLOW_UP'",
                student);
        assertEquals(TODAY.plusDays(3).toString(), TestRecords.text("SELECT due_on::text FROM task WHERE id = ?",
                task));
        SignedInClient karen = client("kp.hansen");
        String list = karen.get("contact/tasks.xhtml").body();
        assertTrue(list.contains("Bange for at dumpe. Kan du tage en snak?") && list.contains("Frida Opfoelgning"),
                list);
        karen.submit(karen.get("contact/task.xhtml?id=" + task), "task", "done",
                Map.of("task:note", "Talt med Frida, aftalt studievejledning."));
        assertEquals("DONE", TestRecords.text("SELECT status FROM task WHERE id = ?", task));
        assertFalse(karen.get("students/view.xhtml?id=" + student).body().contains("eksamensangst"),
                "the summary was not shared with the contact person");
    }

    @Test
    void wrongInputIsRefusedInPlainWordsAndNothingIsStored() throws Exception {
        long student = TestRecords.student("Gustav", "Fejl");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(30), TODAY.plusDays(90), "WEEKLY");
        long notMine = TestRecords.student("Hanne", "Fremmed");
        TestRecords.mentor(notMine, "elev.hassan", TODAY.minusDays(30), TODAY.plusDays(90), "WEEKLY");
        SignedInClient mette = client("mentor.andersen");
        String who = "student=" + student;

        assertTrue(log(mette, who, fields(TODAY.plusDays(1), "45", "SOCIAL", "Snak.", Map.of())).body()
                .contains("fremtiden"));
        assertTrue(log(mette, who, fields(TODAY, "-5", "SOCIAL", "Snak.", Map.of())).body()
                .contains("mellem 5 og 480"));
        assertTrue(log(mette, who, fields(TODAY, "5000", "SOCIAL", "Snak.", Map.of())).body()
                .contains("mellem 5 og 480"));
        assertTrue(log(mette, who, fields(TODAY, "45", null, "Snak.", Map.of())).body()
                .contains("mindst") && sessions(student) == 0);
        assertTrue(log(mette, who, fields(TODAY, "45", "SOCIAL", "Snak.", Map.of("log:followUp", "true"))).body()
                .contains("hvad kontaktpersonen skal f"));
        assertEquals(0, sessions(student), "nothing stored");

        assertEquals(403, mette.get("mentor/log.xhtml?student=" + notMine).statusCode(), "not her mentee");
        assertTrue(TestRecords.auditEvents("mentor.andersen", notMine, "DENIED") > 0, "the refusal is audited");
        assertEquals(0, sessions(notMine));
    }

    @Test
    void eachReaderSeesOnlyTheirPartOfTheSessions() throws Exception {
        long student = TestRecords.student("Ida", "Samtaler");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(30), TODAY.plusDays(90), "FORTNIGHTLY");
        TestRecords.peerMentor(student, "elev.hassan", TODAY.minusDays(30));
        TestRecords.linkAccount(student, "elev.larsen");
        TestRecords.session("mentor.andersen", student, TODAY.minusDays(3), "Delt referat om vagtplanen.", true);
        TestRecords.session("mentor.andersen", student, TODAY.minusDays(2), "Fortroligt om familien.", false);
        TestRecords.session("elev.hassan", student, TODAY.minusDays(1), "Elevmentorens eget referat.", false);
        String page = "students/view.xhtml?id=" + student;

        String karen = client("kp.hansen").get(page).body();
        assertTrue(karen.contains("Delt referat om vagtplanen."), karen);
        assertFalse(karen.contains("Fortroligt om familien") || karen.contains("Elevmentorens eget referat"));
        String ida = client("elev.larsen").get("student/index.xhtml").body();
        assertTrue(ida.contains("id=\"sessions\"") && ida.contains("Trivsel"), ida);
        assertFalse(ida.contains("Delt referat") || ida.contains("Fortroligt"), "dates and topics only");
        String mette = client("mentor.andersen").get(page).body();
        assertTrue(mette.contains("Fortroligt om familien.") && mette.contains("Delt referat om vagtplanen."));
        assertFalse(mette.contains("Elevmentorens eget referat"), "no mentor reads another mentor's logs");
        String ali = client("elev.hassan").get(page).body();
        assertTrue(ali.contains("Elevmentorens eget referat."));
        assertFalse(ali.contains("Fortroligt om familien") || ali.contains("Delt referat"));
        String leader = client("ul.christensen").get(page).body();
        assertFalse(leader.contains("mentoring-section"), "the education leader sees counts, not sessions");
        assertEquals(403, client("kp.jensen").get(page).statusCode());
    }

    @Test
    void aMenteeWithNoSessionWithinTheAgreedCadenceIsOverdue() throws Exception {
        long student = TestRecords.student("Jens", "Forsinket");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(40), TODAY.plusDays(90), "WEEKLY");
        TestRecords.session("mentor.andersen", student, TODAY.minusDays(10), "Sidste samtale.", true);

        assertTrue(overdue(client("kp.hansen").get("students/view.xhtml?id=" + student).body()),
                "the contact person sees it");
        assertTrue(overdue(client("mentor.andersen").get("students/view.xhtml?id=" + student).body()),
                "the mentor sees it");
        log(client("mentor.andersen"), "student=" + student, fields(TODAY, "30", "ACADEMIC", "Ny samtale.",
                Map.of()));
        assertFalse(overdue(client("kp.hansen").get("students/view.xhtml?id=" + student).body()),
                "a session today: on time again");
    }

    @Test
    void aGroupSessionForAClusterIsLoggedOnceWithWhoAttended() throws Exception {
        long ali = TestRecords.student("Ali", "Elevmentor");
        long first = TestRecords.student("Kim", "Klynge");
        long second = TestRecords.student("Lis", "Klynge");
        long outsider = TestRecords.student("Mona", "Udenfor");
        for (long mentee : new long[] {first, second}) {
            TestRecords.peerMentor(mentee, "elev.hassan", TODAY.minusDays(30));
        }
        SignedInClient leader = client("ul.christensen");
        leader.submit(leader.get("leader/mentors.xhtml"), "mentor", "save", Map.of("mentor:username", "elev.hassan",
                "mentor:studentNumber", number(ali)));
        long mentor = TestRecords.count("SELECT m.id FROM mentor m JOIN user_profile p ON p.id = m.profile_id"
                + " WHERE p.username = 'elev.hassan'");
        leader.submit(leader.get("leader/mentors.xhtml"), "cluster", "save", Map.of("cluster:mentor",
                String.valueOf(mentor), "cluster:name", "Unge i Herlev", "cluster:basis", "AGE"));
        long cluster = TestRecords.count("SELECT id FROM mentor_cluster WHERE mentor_id = ?", mentor);
        for (long member : new long[] {first, second, outsider}) {
            HttpResponse<String> page = leader.get("leader/mentors.xhtml");
            java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form id=\"([^\"]*member)\"")
                    .matcher(page.body());
            assertTrue(form.find(), page.body());
            HttpResponse<String> added = leader.submit(page, form.group(1), "add",
                    Map.of(form.group(1) + ":number", number(member)));
            if (member == outsider) {
                assertTrue(added.body().contains("ikke elevmentee"), added.body());
            }
        }
        assertEquals(2, TestRecords.count("SELECT count(*) FROM mentor_cluster_member WHERE cluster_id = ?",
                cluster));
        String corps = leader.get("leader/mentors.xhtml").body();
        assertTrue(corps.contains("Unge i Herlev") && corps.contains("elev.hassan"), corps);

        SignedInClient aliClient = client("elev.hassan");
        Map<String, String> noOne = fields(TODAY, "60", "SOCIAL", "Fællesspisning.", Map.of());
        HttpResponse<String> empty = aliClient.submit(aliClient.get("mentor/log.xhtml?cluster=" + cluster), "log",
                "save", noOne);
        assertTrue(empty.body().contains("mindst én") || empty.body().contains("mindst &eacute;n"), empty.body());
        Map<String, String> one = fields(TODAY, "60", "SOCIAL", "Fællesspisning.", Map.of());
        one.put("log:attendees", String.valueOf(first));
        one.put("log:sharedAbout", String.valueOf(second));
        HttpResponse<String> absent = aliClient.submit(aliClient.get("mentor/log.xhtml?cluster=" + cluster), "log",
                "save", one);
        assertTrue(absent.body().contains("kun deles om nogen, der deltog"), absent.body());
        assertEquals(0, TestRecords.count("SELECT count(*) FROM mentor_session WHERE cluster_id = ?", cluster));

        // Kim and Lis attend; the summary is about Kim: only Kim's contact person reads it
        TestRecords.contactPerson(first, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.contactPerson(second, "kp.jensen", TODAY.minusDays(60), null);
        Map<String, Object> both = new HashMap<>(fields(TODAY, "60", "SOCIAL", "Kim fortalte om vagterne.",
                Map.of()));
        both.put("log:attendees", List.of(first, second));
        both.put("log:sharedAbout", String.valueOf(first));
        aliClient.submit(aliClient.get("mentor/log.xhtml?cluster=" + cluster), "log", "save", both);

        assertEquals(1, TestRecords.count("SELECT count(*) FROM mentor_session WHERE cluster_id = ?", cluster));
        assertEquals(2, TestRecords.count("SELECT count(*) FROM mentor_session_attendee a"
                + " JOIN mentor_session s ON s.id = a.session_id WHERE s.cluster_id = ?", cluster));
        String karen = client("kp.hansen").get("students/view.xhtml?id=" + first).body();
        assertTrue(karen.contains("Kim fortalte om vagterne."), karen);
        String lars = client("kp.jensen").get("students/view.xhtml?id=" + second).body();
        assertTrue(lars.contains("Socialt"), "Lis's contact person sees the session's date and topics");
        assertFalse(lars.contains("Kim fortalte om vagterne"), "but not a summary about another student");
        assertEquals(403, client("mentor.andersen").get("mentor/log.xhtml?cluster=" + cluster).statusCode(),
                "another mentor's cluster");

        // Lis's peer mentoring ends: so does Ali's sight of her, in the cluster too
        TestRecords.update("UPDATE assignment SET valid_to = ? WHERE student_id = ? AND kind = 'MENTOR'",
                java.sql.Date.valueOf(TODAY.minusDays(1)), second);
        String start = aliClient.get("mentor/index.xhtml").body();
        String log = aliClient.get("mentor/log.xhtml?cluster=" + cluster).body();
        assertTrue(start.contains("Kim Klynge") && log.contains("Kim Klynge"), start);
        assertFalse(start.contains("Lis Klynge") || log.contains("Lis Klynge"), "an ended mentee is out of sight");
    }

    private static boolean overdue(String page) {
        return page.contains("mentoring-overdue");
    }

    private static String number(long student) throws Exception {
        return TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);
    }

    private static long sessions(long student) throws Exception {
        return TestRecords.count("SELECT count(*) FROM mentor_session_attendee WHERE student_id = ?", student);
    }

    /** The log form's fields; a null topic ticks none. */
    private static Map<String, String> fields(java.time.LocalDate heldOn, String minutes, String topic,
                                              String summary, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(Map.of("log:heldOn", heldOn.toString(), "log:minutes", minutes,
                "log:summary", summary));
        if (topic != null) {
            fields.put("log:topics", topic);
        }
        fields.putAll(more);
        return fields;
    }

    private static HttpResponse<String> log(SignedInClient mentor, String who, Map<String, String> fields)
            throws Exception {
        return mentor.submit(mentor.get("mentor/log.xhtml?" + who), "log", "save", fields);
    }

    private static SignedInClient client(String username) throws Exception {
        return SignedInClient.signIn(DEMO.byUsername(username));
    }
}
