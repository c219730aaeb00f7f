package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The education leader imports students from a file, as the page is used: choose the file, read the preview,
 * import. Nothing is stored from a file with any bad line, and the same file twice gives no duplicates.
 */
@ExtendWith(ArquillianExtension.class)
class StudentImportIT {

    private static final String HEADER = "Elevnummer;Fornavn;Efternavn;Fødselsdato;Køn;Uddannelse;Skole;Hold;"
            + "Startdato;Brugernavn\n";

    private static SignedInClient leader;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() throws Exception {
        leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
    }

    @Test
    void aFileWithOneBadLineIsShownWithItsProblemsAndNothingIsImported() throws Exception {
        String prefix = prefix();
        String file = HEADER
                + prefix + "01;Ida;Holm;01-02-2005;K;SSH;Herlev;SSH-IMP;05-01-2026;\n"
                + prefix + "02;Ole;;31-02-2004;;SOSU;Herlev;SSH-IMP;05-01-2026;\n";

        HttpResponse<String> preview = check(file);

        assertTrue(preview.body().contains("id=\"invalid\""), preview.body());
        assertFalse(preview.body().contains("id=\"confirm\""), "no import button for a file with errors");
        assertTrue(preview.body().contains("&quot;SOSU&quot;") || preview.body().contains("\"SOSU\""),
                "the unknown programme is named: " + preview.body());
        assertTrue(preview.body().contains("31-02-2004"), "the impossible date is named");
        assertEquals(0, TestRecords.count("SELECT count(*) FROM student WHERE student_number LIKE ?", prefix + "%"));
    }

    @Test
    void aValidFileIsImportedOnceAndAgainWithoutDuplicatesAndChangesAreApplied() throws Exception {
        String prefix = prefix();
        String lines = prefix + "01;Ida;Holm;01-02-2005;K;SSH;Herlev;SSH-IMP;05-01-2026;\n"
                + prefix + "02;\"Ole Bjørn\";Sørensen;1.3.1990;;SSA;Brøndby;SSA-IMP;05-01-2026;\n"
                + prefix + "03;Mia;Lind;2001-04-05;K;PA;Nord;PA-IMP;05-01-2026;\n";

        HttpResponse<String> preview = check(HEADER + lines);
        assertTrue(preview.body().contains("id=\"confirm\""), preview.body());
        assertTrue(preview.body().contains(prefix + "02"), "the new students are listed");
        HttpResponse<String> imported = leader.submit(preview, "confirm", "import", Map.of());
        assertTrue(imported.body().contains("3 nye, 0 "), imported.body());
        assertEquals(3, TestRecords.count("SELECT count(*) FROM student WHERE student_number LIKE ?", prefix + "%"));
        assertEquals("Ole Bjørn Sørensen", TestRecords.text("SELECT first_name || ' ' || last_name FROM student"
                + " WHERE student_number = ?", prefix + "02"));
        assertEquals(3, TestRecords.count("SELECT count(*) FROM audit_event a JOIN student s ON s.id = a.student_id"
                + " WHERE s.student_number LIKE ? AND a.action = 'CREATE' AND a.actor_username = 'ul.christensen'",
                prefix + "%"));

        HttpResponse<String> again = check(HEADER + lines);
        assertTrue(again.body().contains("id=\"nothing\""), again.body());
        assertFalse(again.body().contains("id=\"confirm\""));
        assertEquals(3, TestRecords.count("SELECT count(*) FROM student WHERE student_number LIKE ?", prefix + "%"));

        HttpResponse<String> changed = check(HEADER + lines.replace("PA-IMP", "PA-NYT"));
        assertTrue(changed.body().contains("hold"), "the changed column is named: " + changed.body());
        leader.submit(changed, "confirm", "import", Map.of());
        assertEquals("PA-NYT", TestRecords.text("SELECT team FROM student WHERE student_number = ?", prefix + "03"));
        assertEquals(3, TestRecords.count("SELECT count(*) FROM student WHERE student_number LIKE ?", prefix + "%"));
    }

    @Test
    void theExampleFileOfThePageCanBeImportedAsItIs() throws Exception {
        HttpResponse<String> example = leader.get("leader/elever-eksempel.csv");
        assertEquals(200, example.statusCode());
        assertTrue(example.body().startsWith("Elevnummer;Fornavn"), example.body());

        HttpResponse<String> preview = check(example.body());

        assertFalse(preview.body().contains("id=\"invalid\""), preview.body());
        assertFalse(preview.body().contains("id=\"file-problems\""), preview.body());
    }

    @Test
    void aFileThatIsNotAStudentsFileIsRefusedAsAWhole() throws Exception {
        HttpResponse<String> preview = check("Navn,Adresse\nIda,Vej 1\n");

        assertTrue(preview.body().contains("id=\"file-problems\""), preview.body());
        assertTrue(preview.body().contains("elevnummer"), preview.body());
    }

    private static HttpResponse<String> check(String file) throws Exception {
        HttpResponse<String> page = leader.get("leader/import.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> preview = leader.upload(page, "upload", "check", "file", "elever.csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode(), preview.body());
        return preview;
    }

    /** Student numbers of this test's own: a letter and five characters, the line number added to it. */
    private static String prefix() {
        return "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }
}
