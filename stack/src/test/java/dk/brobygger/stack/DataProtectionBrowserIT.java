package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The student, on her phone, downloads the copy of everything held about her; the data protection officer
 * registers her erasure request, carries it out and closes it, and the audit chain still verifies.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theStudentDownloadsHerCopyAndTheOfficerCarriesOutHerErasureRequest() throws Exception {
        long student = TestRecords.student("Frida", "Fravalg");
        TestRecords.linkAccount(student, "elev.larsen");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.need(student, "LANGUAGE", "Dansk som andetsprog", "Ordliste til fagord");
        String number = TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);

        try (Browser frida = Browser.phone(); Browser dpo = Browser.open()) {
            frida.signIn("elev.larsen", "student/");
            frida.waitForText("En ZIP-fil med alt, hvad Brobygger har om dig");
            assertTrue(frida.fitsWidth(), "her page fits a phone");
            frida.click(By.id("copy:download"));
            Map<String, byte[]> files = DataCopyIT.unzip(frida.downloaded("brobygger-" + number, ".zip"));
            String html = new String(files.get("kopi.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("Frida") && html.contains("Ordliste til fagord"), html);
            assertTrue(files.containsKey("data.json") && files.containsKey("manifest.json"));

            dpo.signIn("dpo.madsen", "dpo/");
            dpo.click(By.id("requests"));
            dpo.waitForText("Registrér en anmodning");
            dpo.type(By.id("request:student"), number);
            dpo.select(By.id("request:kind"), "Sletning");
            dpo.setDate(By.id("request:received"), TODAY);
            dpo.type(By.id("request:note"), "Ringede til kontoret");
            dpo.click(By.id("request:register"));
            dpo.waitForText("Anmodningen er registreret.");
            dpo.waitForText("Sletning: Frida Fravalg");
            dpo.type(By.id("erase:reason"), "Eleven har fravalgt uddannelsen, og formålet er ophørt");
            dpo.click(By.id("erase:erase"));
            dpo.accept();
            dpo.waitForText("Elevens oplysninger er slettet.");
            dpo.waitForText("Hele elevens oplysninger");
            dpo.click(By.cssSelector("input[name='close:result'][value='DONE']"));
            dpo.type(By.id("close:outcome"), "Alt om eleven er slettet; svar sendt med Digital Post");
            dpo.click(By.id("close:save"));
            dpo.waitForText("Anmodningen er afsluttet.");
            dpo.click(By.id("back"));
            dpo.waitForText("Anmodninger fra registrerede");
        }
        assertEquals(0, TestRecords.count("SELECT count(*) FROM need WHERE student_id = ?", student));
        SignedInClient officer = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        TestRecords.awaitSealed();
        assertTrue(ChainChecks.verify(officer).contains("Revisionssporet er intakt"), "the chain verifies");
    }
}
