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
 * An offer's whole life in two browsers, as the contact person and the student meet it: the contact person
 * proposes the offer the catalogue suggests for the student's need, the student says yes on their own page, the
 * contact person starts it and completes it with an outcome, and the student sees it completed.
 */
@ExtendWith(ArquillianExtension.class)
class OfferBrowserIT {

    private static final String APP = TestStack.APPLICATION_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void proposedAcceptedStartedAndCompletedWithAnOutcome() throws Exception {
        long student = TestRecords.student("Selma", "Indsats");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        TestRecords.need(student, "LANGUAGE", "Dansk er mit andetsprog.", "Skriftlige beskeder.");
        TestRecords.linkAccount(student, "elev.larsen");
        long fagsprog = TestRecords.count("SELECT id FROM support_offer WHERE code = 'FAGSPROG'");

        try (Browser karen = Browser.open(); Browser selma = Browser.open()) {
            karen.signIn("kp.hansen", "contact/");
            karen.get(APP + "students/view.xhtml?id=" + student);
            karen.click(By.id("propose-offer"));
            karen.waitForText("passer til elevens behov");
            karen.click(By.cssSelector("input[name='propose:offer'][value='" + fagsprog + "']"));
            karen.click(By.id("propose:needs:0"));
            karen.type(By.id("propose:note"), "Vi talte om fagsproget i dag.");
            karen.click(By.id("propose:propose"));
            karen.waitForText("Indsatsen er foreslået eleven.");
            long offer = TestRecords.count("SELECT id FROM student_offer WHERE student_id = ?", student);

            selma.signIn("elev.larsen", "student/");
            selma.click(By.cssSelector("#offers a.button"));
            selma.waitForText("Din kontaktperson foreslår dig denne indsats.");
            selma.click(By.id("change:steps:0:to"));
            selma.waitForText("Indsatsen er aftalt.");

            karen.get(APP + "students/offer.xhtml?id=" + offer);
            karen.click(By.id("change:steps:1:to"));
            karen.waitForText("Indsatsen er sat i gang.");
            karen.get(APP + "students/offer.xhtml?id=" + offer);
            karen.type(By.id("change:outcome"), "Selma bruger nu fagordene i overleveringen.");
            karen.click(By.id("change:helped:0"));
            karen.click(By.id("change:steps:2:to"));
            karen.waitForText("Indsatsen er afsluttet.");

            selma.get(APP + "student/index.xhtml");
            selma.waitForText("Afsluttet");
            selma.click(By.cssSelector("#offers h3 a"));
            selma.waitForText("Selma bruger nu fagordene i overleveringen.");
            assertTrue(selma.pageText().contains("Foreslået (kp.hansen) – Vi talte om fagsproget i dag."),
                    selma.pageText());
        }
        assertEquals("COMPLETED YES", TestRecords.text("SELECT status || ' ' || helped FROM student_offer"
                + " WHERE student_id = ?", student));
    }
}
