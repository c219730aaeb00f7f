package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The whole consent cycle in two browsers at once, as the student and the training supervisor meet it: the
 * student consents, the supervisor sees the shared need, the student withdraws, and the supervisor's very next
 * page shows nothing of it; then the student reads the supervisor's views in "who has seen my data".
 */
@ExtendWith(ArquillianExtension.class)
class ConsentBrowserIT {

    private static final String APP = TestStack.APPLICATION_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void consentGivenSeenWithdrawnAndTheAccessesShownToTheStudent() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        String placementName = TestRecords.text("SELECT name FROM placement WHERE id = ?", placement);
        long student = TestRecords.student("Sigrid", "Samtykke");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        long period = TestRecords.period(student, placement, TODAY.minusDays(3), TODAY.plusDays(40), "ov.nielsen");
        TestRecords.need(student, "LANGUAGE", "Dansk er mit andetsprog.", "Vis mig opgaven, før du forklarer den.");
        TestRecords.linkAccount(student, "elev.larsen");

        try (Browser sigrid = Browser.open(); Browser anne = Browser.open()) {
            sigrid.signIn("elev.larsen", "student/");
            sigrid.click(By.id("new-consent"));
            sigrid.selectValue(By.id("consent:recipient"), "period:" + period);
            sigrid.click(By.id("consent:needs:0"));
            sigrid.click(By.id("consent:show"));
            sigrid.waitForText("Jeg, Sigrid Samtykke, giver samtykke");
            sigrid.click(By.id("answer:give"));
            sigrid.waitForText("Samtykket er givet.");

            anne.signIn("ov.nielsen", "supervisor/");
            anne.get(APP + "students/view.xhtml?id=" + student);
            anne.waitForText("Vis mig opgaven, før du forklarer den.");
            assertFalse(anne.pageText().contains("Dansk er mit andetsprog"), "only what helps was shared");

            sigrid.get(APP + "student/index.xhtml");
            sigrid.click(By.cssSelector("#consents a"));
            sigrid.click(By.id("withdraw:withdraw"));
            sigrid.waitForText("Samtykket er trukket tilbage.");

            anne.get(APP + "students/view.xhtml?id=" + student);
            anne.waitForText("Sigrid Samtykke");
            assertFalse(anne.pageText().contains("Vis mig opgaven"), "withdrawn: gone on the next page");

            sigrid.get(APP + "student/index.xhtml");
            sigrid.click(By.id("access-log"));
            sigrid.waitForText("Anne Nielsen");
            String log = sigrid.pageText();
            assertTrue(log.contains(placementName) && log.contains("Sproglige udfordringer")
                    && log.contains("kun hvad der hjælper"), log);
        }
    }
}
