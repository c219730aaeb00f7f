package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A mentor logs a session on a phone and flags it; the contact person, at her desk, finds the follow-up in her
 * task list and marks it handled.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringBrowserIT {

    private static final String APP = TestStack.APPLICATION_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSessionLoggedOnAPhoneAndItsFollowUpHandledByTheContactPerson() throws Exception {
        long student = TestRecords.student("Nanna", "Mobil");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(30), TODAY.plusDays(90), "WEEKLY");

        try (Browser mette = Browser.phone(); Browser karen = Browser.open()) {
            mette.signIn("mentor.andersen", "mentor/");
            mette.waitForText("Nanna Mobil");
            assertTrue(mette.fitsWidth(), "the mentee list fits a phone");
            mette.click(By.cssSelector("a.log-session[aria-label$='Nanna Mobil']"));
            mette.waitForText("Log en samtale: Nanna Mobil");
            assertTrue(mette.fitsWidth(), "the log form fits a phone");
            mette.type(By.id("log:minutes"), "40");
            mette.click(By.cssSelector("input[name='log:topics'][value='PLACEMENT']"));
            mette.type(By.id("log:summary"), "Svært ved at nå bussen til aftenvagter.");
            mette.click(By.id("log:followUp"));
            mette.type(By.id("log:followUpMessage"), "Kan vagtplanen tage hensyn til bussen?");
            mette.click(By.id("log:save"));
            mette.waitForText("kontaktpersonen har fået en opgave");

            karen.signIn("kp.hansen", "contact/");
            karen.click(By.id("my-tasks"));
            karen.waitForText("Kan vagtplanen tage hensyn til bussen?");
            karen.click(By.xpath("//tr[contains(., 'Nanna Mobil')]//a[contains(@class, 'task-done')]"));
            karen.waitForText("Opfølgning fra mentor");
            karen.type(By.id("task:note"), "Talt med oplæringsstedet; vagterne er flyttet.");
            karen.click(By.id("task:done"));
            karen.waitForText("Opgaven er markeret som udført.");
        }
        assertEquals("DONE", TestRecords.text("SELECT status FROM task WHERE student_id = ?"
                + " AND kind = 'MENTOR_FOLLOW_UP'", student));
    }
}
