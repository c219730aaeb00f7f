package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The main flows of the core records in a real browser, as the education leader and a contact person. */
@ExtendWith(ArquillianExtension.class)
class StudentRecordsIT {

    private static final String APP = TestStack.APPLICATION_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theLeaderCreatesAStudentAndAssignsAContactPersonWhoOpensACaseAndWritesInIt() throws Exception {
        String number = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        TestRecords.person("kp.hansen");
        try (Browser leader = Browser.open(); Browser karen = Browser.open()) {
            leader.signIn("ul.christensen", "leader/");
            leader.click(By.id("new-student"));
            leader.type(By.id("student:studentNumber"), number);
            leader.type(By.id("student:firstName"), "Benedikte");
            leader.type(By.id("student:lastName"), "Browsertest");
            leader.setDate(By.id("student:birthDate"), LocalDate.of(2004, 5, 17));
            leader.select(By.id("student:programme"), "SSA");
            leader.select(By.id("student:site"), "Herlev");
            leader.type(By.id("student:team"), "SSA-26B");
            leader.setDate(By.id("student:startDate"), TODAY.minusMonths(1));
            leader.click(By.id("student:save"));
            leader.waitForText("Eleven er oprettet.");

            assertEquals("Benedikte Browsertest", leader.text(By.tagName("h1")));
            assertEquals(number, leader.text(By.id("student-number")));

            leader.click(By.id("manage-assignments"));
            leader.type(By.id("assign:username"), "kp.hansen");
            leader.setDate(By.id("assign:from"), TODAY.minusDays(1));
            leader.click(By.id("assign:save"));
            leader.waitForText("Tilknytningen er gemt.");
            assertTrue(leader.text(By.id("assignments")).contains("Karen Hansen"), leader.pageText());

            karen.signIn("kp.hansen", "contact/");
            karen.type(By.id("students:text"), number);
            karen.click(By.id("students:search"));
            karen.click(By.linkText("Benedikte Browsertest"));
            karen.click(By.id("work-on-case"));
            karen.click(By.id("case:open"));
            karen.waitForText("Sagen er oprettet.");
            karen.click(By.id("work-on-case"));
            karen.type(By.id("journal:entryText"), "Første samtale: eleven er spændt på oplæringen.");
            karen.click(By.id("journal:add"));
            karen.waitForText("Notatet er gemt.");

            assertTrue(karen.text(By.id("journal-entries")).contains("Første samtale: eleven er spændt på oplæringen."),
                    karen.pageText());
        }
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheConflictMessageAndNothingIsLost() throws Exception {
        long id = TestRecords.student("Carl", "Samtidig");
        TestRecords.contactPerson(id, "kp.hansen", TODAY.minusDays(3), null);
        try (Browser leader = Browser.open(); Browser karen = Browser.open()) {
            leader.signIn("ul.christensen", "leader/");
            karen.signIn("kp.hansen", "contact/");
            leader.get(APP + "students/edit.xhtml?id=" + id);
            karen.get(APP + "students/edit.xhtml?id=" + id);

            leader.type(By.id("student:team"), "SSA-LEDER");
            leader.click(By.id("student:save"));
            leader.waitForUrlContaining("students/view.xhtml");

            karen.type(By.id("student:team"), "SSA-KAREN");
            karen.click(By.id("student:save"));

            karen.waitForText("En anden har ændret oplysningerne");
            assertEquals(1, TestRecords.count("SELECT count(*) FROM student WHERE id = ? AND team = 'SSA-LEDER'", id),
                    "the first save stands");
        }
    }

    @Test
    void anAssignmentEndedByAnotherLeaderMeanwhileGetsTheConflictMessage() throws Exception {
        long student = TestRecords.student("Pia", "Tilknyttet");
        TestRecords.contactPerson(student, "kp.jensen", TODAY.minusDays(10), null);
        SignedInClient one = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        SignedInClient two = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> pageOne = one.get("students/assignments.xhtml?id=" + student);
        HttpResponse<String> pageTwo = two.get("students/assignments.xhtml?id=" + student);
        Matcher form = Pattern.compile("<form id=\"([^\"]*:end)\"").matcher(pageOne.body());
        assertTrue(form.find(), pageOne.body());

        one.submit(pageOne, form.group(1), "endNow", Map.of());
        HttpResponse<String> late = two.submit(pageTwo, form.group(1), "endNow", Map.of());

        assertTrue(late.body().contains("En anden har"), late.body());
        assertEquals(TODAY.toString(), TestRecords.text("SELECT valid_to::text FROM assignment WHERE student_id = ?",
                student));
    }

    @Test
    void aSupervisorListsOnlyTheStudentsPlacedWithThemNowOrSoon() throws Exception {
        long placement = TestRecords.placement("ov.pedersen");
        long now = TestRecords.student("Dorthe", "Iplacering");
        TestRecords.period(now, placement, TODAY.minusDays(3), TODAY.plusDays(20), "ov.pedersen");
        long past = TestRecords.student("Dennis", "Tidligere");
        TestRecords.period(past, placement, TODAY.minusDays(60), TODAY.minusDays(10), "ov.pedersen");
        try (Browser jonas = Browser.open()) {
            jonas.signIn("ov.pedersen", "supervisor/");

            String list = jonas.text(By.id("students:table"));
            assertTrue(list.contains("Dorthe Iplacering"), list);
            assertFalse(list.contains("Dennis Tidligere"), list);
        }
    }
}
