package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transition tasks follow the placement periods the education leader registers: created on the right dates, moved
 * with the period, cancelled with it; the contact person finds them in one list and marks them done.
 */
@ExtendWith(ArquillianExtension.class)
class TransitionTasksIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();
    private static final String TASKS = "SELECT o.code || ' ' || t.due_on || ' ' || t.status FROM task t"
            + " JOIN support_offer o ON o.id = t.offer_id WHERE t.student_id = ? ORDER BY t.due_on, o.code";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void registeringAFirstPlacementCreatesTheThreeTransitionTasksOnTheRightDates() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Asta", "Overgang");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        SignedInClient leader = client("ul.christensen");

        register(leader, student, placement, "1a", 30, 100);

        assertEquals(List.of("FORBEREDELSESDAG " + TODAY.plusDays(16) + " OPEN",
                "OPFOELGNINGSOPKALD " + TODAY.plusDays(51) + " OPEN",
                "OPSAMLINGSDAG " + TODAY.plusDays(107) + " OPEN"), TestRecords.lines(TASKS, student));

        register(leader, student, placement, "1b", 110, 150);
        assertEquals("OPSAMLINGSDAG " + TODAY.plusDays(157) + " OPEN", TestRecords.lines(TASKS, student).get(3),
                "a later period gives only the reflection day");
        assertEquals(4, TestRecords.lines(TASKS, student).size());

        String list = client("kp.hansen").get("contact/tasks.xhtml").body();
        assertTrue(list.contains("Asta Overgang"), list);
        String mine = client("kp.hansen").get("contact/index.xhtml").body();
        assertTrue(mine.matches("(?s).*Asta Overgang.*class=\"open-tasks\">4<.*"), "the open tasks on the list");
    }

    @Test
    void openTasksMoveWithThePeriodAndAreCancelledWhenItIsRemoved() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Bo", "Flytter");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        SignedInClient leader = client("ul.christensen");
        register(leader, student, placement, "1a", 30, 100);
        long period = TestRecords.count("SELECT id FROM placement_period WHERE student_id = ?", student);
        long preparation = task(student, "FORBEREDELSESDAG");
        SignedInClient karen = client("kp.hansen");
        karen.submit(karen.get("contact/task.xhtml?id=" + preparation), "task", "done",
                Map.of("task:note", "Eleven deltog."));

        leader.submit(leader.get("leader/period.xhtml?id=" + period), "period", "save", Map.of("period:code", "1a",
                "period:start", TODAY.plusDays(40).toString(), "period:end", TODAY.plusDays(120).toString(),
                "period:supervisors", String.valueOf(TestRecords.person("ov.nielsen"))));

        assertEquals(List.of("FORBEREDELSESDAG " + TODAY.plusDays(16) + " DONE",
                "OPFOELGNINGSOPKALD " + TODAY.plusDays(61) + " OPEN",
                "OPSAMLINGSDAG " + TODAY.plusDays(127) + " OPEN"), TestRecords.lines(TASKS, student),
                "the open tasks moved; the one done stays as it was");

        leader.submit(leader.get("leader/period.xhtml?id=" + period), "remove", "remove", Map.of());

        assertEquals(List.of("FORBEREDELSESDAG " + TODAY.plusDays(16) + " DONE",
                "OPFOELGNINGSOPKALD " + TODAY.plusDays(61) + " CANCELLED",
                "OPSAMLINGSDAG " + TODAY.plusDays(127) + " CANCELLED"), TestRecords.lines(TASKS, student));
        assertEquals(0, TestRecords.count("SELECT count(*) FROM placement_period WHERE id = ?", period));
    }

    @Test
    void theContactPersonMarksATaskDoneWithANoteAndNoOneElseCan() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Cecilie", "Opgave");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        register(client("ul.christensen"), student, placement, "1a", 5, 60);
        long preparation = task(student, "FORBEREDELSESDAG");
        SignedInClient karen = client("kp.hansen");

        String overdue = karen.get("contact/tasks.xhtml").body();
        assertTrue(overdue.matches("(?s).*forfalden.*Cecilie Opgave.*"), "due nine days ago: overdue");
        HttpResponse<String> empty = karen.submit(karen.get("contact/task.xhtml?id=" + preparation), "task", "done",
                Map.of("task:note", ""));
        assertTrue(empty.body().contains("skal udfyldes"), empty.body());
        assertEquals(403, client("kp.jensen").get("contact/task.xhtml?id=" + preparation).statusCode());
        assertTrue(TestRecords.auditEvents("kp.jensen", student, "DENIED") > 0, "the refusal is audited");
        assertEquals(403, client("ov.nielsen").get("contact/tasks.xhtml").statusCode());

        karen.submit(karen.get("contact/task.xhtml?id=" + preparation), "task", "done",
                Map.of("task:note", "Ringet op, trives."));

        assertEquals("DONE kp.hansen Ringet op, trives.", TestRecords.text("SELECT status || ' ' || closed_by || ' '"
                + " || note FROM task WHERE id = ?", preparation));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'kp.hansen'"
                + " AND action = 'COMPLETE_TASK' AND record_id = ?", preparation));
    }

    @Test
    void aPeriodRegisteredAfterItEndedGivesNoTasks() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Dina", "Historik");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(300), null);

        register(client("ul.christensen"), student, placement, "1a", -200, -120);

        assertEquals(List.of(), TestRecords.lines(TASKS, student));
    }

    private static long task(long student, String code) throws Exception {
        return TestRecords.count("SELECT t.id FROM task t JOIN support_offer o ON o.id = t.offer_id"
                + " WHERE t.student_id = ? AND o.code = ?", student, code);
    }

    private static void register(SignedInClient leader, long student, long placement, String code, int fromDay,
                                 int toDay) throws Exception {
        HttpResponse<String> saved = leader.submit(leader.get("students/period.xhtml?id=" + student), "period", "save",
                Map.of("period:placement", String.valueOf(placement), "period:code", code,
                        "period:start", TODAY.plusDays(fromDay).toString(),
                        "period:end", TODAY.plusDays(toDay).toString()));
        assertTrue(saved.body().contains("perioden er registreret"), saved.body());
    }

    private static SignedInClient client(String username) throws Exception {
        return SignedInClient.signIn(DEMO.byUsername(username));
    }
}
