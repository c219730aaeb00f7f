package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * At the placement, on a tablet, the supervisor agrees the plan's dates and completes the midterm assessment; the
 * student adds their own view and confirms; the contact person, at her desk, sees both; the supervisor issues the
 * period's statement, and the contact person sees the student may sit the final exam.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingPlanBrowserIT {

    private static final String APP = TestStack.APPLICATION_URL;
    /** SSA's goals in period 1. */
    private static final int GOALS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theSupervisorAssessesTheMidtermOnATabletTheStudentAddsTheirViewAndTheContactPersonSeesBoth()
            throws Exception {
        long student = TestRecords.student("Tobias", "Tablet");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.linkAccount(student, "elev.larsen");
        long period = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.minusDays(20),
                TODAY.plusDays(60), "ov.nielsen");

        try (Browser anne = Browser.tablet(); Browser sara = Browser.tablet(); Browser karen = Browser.open()) {
            anne.signIn("ov.nielsen", "supervisor/");
            anne.click(By.cssSelector("a.plan-link[aria-label$='Tobias Tablet']"));
            anne.waitForText("Oplæringsplan: Tobias Tablet");
            assertTrue(anne.fitsWidth(), "the plan fits a tablet");
            anne.setDate(By.id("plan:midterm"), TODAY.minusDays(1));
            anne.setDate(By.id("plan:last"), TODAY.plusDays(50));
            anne.click(By.id("plan:save"));
            anne.waitForText("Planen er gemt.");
            anne.click(By.xpath("//ul[@id='assessments']//a[contains(., 'Midtvejssamtale')]"));
            anne.waitForText("Midtvejssamtale: Tobias Tablet");
            anne.setDate(By.id("assessment:heldOn"), TODAY);
            for (int goal = 0; goal < GOALS; goal++) {
                anne.click(By.cssSelector("input[name='assessment:goals:" + goal + ":onLevel'][value='"
                        + (goal != 1) + "']"));
            }
            anne.type(By.id("assessment:goals:1:comment"), "Øver medicinhåndtering med vejleder");
            anne.type(By.id("assessment:summary"), "Tobias er kommet godt i gang");
            assertTrue(anne.fitsWidth(), "the assessment fits a tablet");
            anne.click(By.id("assessment:confirm"));
            anne.waitForText("Vurderingen er gemt.");

            sara.signIn("elev.larsen", "student/");
            sara.click(By.cssSelector("a.plan-link"));
            sara.waitForText("Oplæringsplan: Tobias Tablet");
            sara.click(By.xpath("//ul[@id='assessments']//a[contains(., 'Midtvejssamtale')]"));
            sara.waitForText("Tobias er kommet godt i gang");
            for (int goal = 0; goal < GOALS; goal++) {
                sara.click(By.cssSelector("input[name='assessment:goals:" + goal + ":studentOnLevel'][value='true']"));
            }
            sara.type(By.id("assessment:studentSummary"), "Jeg synes selv, jeg er godt med");
            sara.click(By.id("assessment:confirm"));
            sara.waitForText("Vurderingen er afsluttet");

            karen.signIn("kp.hansen", "contact/");
            karen.get(APP + "students/view.xhtml?id=" + student);
            karen.click(By.cssSelector("a.plan-link"));
            karen.waitForText("Midtvejssamtalen er holdt");
            karen.click(By.xpath("//ul[@id='assessments']//a[contains(., 'Midtvejssamtale')]"));
            karen.waitForText("Øver medicinhåndtering med vejleder");
            karen.waitForText("Jeg synes selv, jeg er godt med");

            anne.get(APP + "plan/index.xhtml?period=" + period);
            anne.click(By.cssSelector("input[name='statement:approved'][value='true']"));
            anne.click(By.id("statement:issue"));
            anne.waitForText("Erklæringen er udstedt.");
            karen.get(APP + "students/view.xhtml?id=" + student);
            karen.waitForText("Kan gå til afsluttende prøve");
        }
    }
}
