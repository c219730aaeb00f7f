package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A student's copy of their data (docs/data-copy.md): downloaded by the student from their page, or produced by the
 * data protection officer for an access request in the register (docs/data-protection.md); what it holds, what it
 * never holds, and how both are audited.
 */
@ExtendWith(ArquillianExtension.class)
class DataCopyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theStudentDownloadsEverythingHeldAboutThemWithWhoHasSeenItAndNothingAboutOthers() throws Exception {
        long student = TestRecords.student("Signe", "Kopi");
        TestRecords.linkAccount(student, "elev.larsen");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(60), null);
        TestRecords.mentor(student, "mentor.andersen", TODAY.minusDays(60), null);
        long period = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.minusDays(10),
                TODAY.plusDays(50), "ov.nielsen");
        long need = TestRecords.need(student, "ACADEMIC", "Læser langsomt", "Oplæsning af skriftlige opgaver");
        TestRecords.consent(student, period, null, "FULL", TODAY.plusDays(40), need);
        TestRecords.offer(student, "FAGSPROG", "AGREED", need);
        long other = TestRecords.student("Bodil", "Andenelev");
        long group = TestRecords.session("mentor.andersen", student, TODAY.minusDays(3), "Fortroligt referat", false);
        TestRecords.update("INSERT INTO mentor_session_attendee (session_id, student_id) VALUES (?, ?)", group, other);
        TestRecords.statusChange(student, "ACTIVE", TODAY.minusDays(20));

        SignedInClient supervisor = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ov.nielsen"));
        assertEquals(200, supervisor.get("students/view.xhtml?id=" + student).statusCode());
        SignedInClient own = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("elev.larsen"));
        HttpResponse<String> page = own.get("student/index.xhtml");
        assertTrue(page.body().contains("id=\"copy:download\""), "her page offers the copy: " + page.body());

        HttpResponse<byte[]> download = own.download(page, "copy", "download", Map.of());
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(".zip"));
        Map<String, byte[]> files = unzip(download.body());
        assertEquals(Set.of("data.json", "kopi.html", "manifest.json"), files.keySet(), "Danish, as her page was");

        JsonObject manifest = json(files.get("manifest.json"));
        assertEquals("brobygger-data-copy/1", manifest.getString("schema"));
        for (JsonValue listed : manifest.getJsonArray("files")) {
            JsonObject file = listed.asJsonObject();
            byte[] content = files.get(file.getString("name"));
            assertEquals(sha256(content), file.getString("sha256"), "the manifest's digest of " + file);
            assertEquals(content.length, file.getInt("bytes"));
        }

        JsonObject data = json(files.get("data.json"));
        String number = TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);
        assertEquals(number, data.getJsonObject("student").getString("studentNumber"));
        assertEquals("ACTIVE", data.getJsonArray("statusHistory").getJsonObject(0).getString("status"));
        assertEquals(2, data.getJsonArray("contactPersonsAndMentors").size());
        assertEquals("Oplæsning af skriftlige opgaver", data.getJsonArray("needs").getJsonObject(0)
                .getJsonArray("versions").getJsonObject(0).getString("accommodations"), "every version of a need");
        JsonObject consent = data.getJsonArray("consents").getJsonObject(0);
        assertTrue(consent.getString("text").contains("Læser langsomt")
                        && consent.getString("textHash").length() == 64,
                "the consent's exact text, rendered again from its version, with its receipt: " + consent);
        assertEquals("AGREED", data.getJsonArray("offers").getJsonObject(0).getString("status"));
        JsonObject session = data.getJsonArray("mentorSessions").getJsonObject(0);
        assertEquals(Set.of("heldOn", "mentor", "format", "topics"), session.keySet(),
                "a session as she reads it, without the mentor's summary");
        assertEquals(1, data.getJsonArray("placementPeriods").size());
        assertEquals(1, data.getJsonArray("trainingPlans").size());
        JsonArray log = data.getJsonArray("accessLog");
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(l -> l.getString("action").equals("VIEW")
                        && l.getString("name").equals(DemoUsers.fromRealm().byUsername("ov.nielsen").name())
                        && l.getString("roles").contains("training-supervisor")
                        && l.getString("view").equals("PLACEMENT")),
                "who has seen her record, in which role and how much: " + log);

        String everything = new String(files.get("data.json"), StandardCharsets.UTF_8)
                + new String(files.get("kopi.html"), StandardCharsets.UTF_8);
        assertFalse(everything.contains("Andenelev") || everything.contains("Bodil"),
                "nothing about another attendee of her session");
        assertFalse(everything.contains("Fortroligt referat"), "nor the mentor's summary she does not read");
        String html = new String(files.get("kopi.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"da\"") && html.contains("Hvem har set dine oplysninger")
                && html.contains("Oplæsning af skriftlige opgaver") && html.contains("Faglige udfordringer"), html);

        Set<String> fields = new TreeSet<>();
        collectFields(data, fields);
        for (String language : new String[] {"da", "en"}) {
            Properties messages = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("../ejb/src/main/resources/dk/brobygger/i18n/"
                    + "messages_" + language + ".properties"))) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String field : fields) {
                assertTrue(messages.containsKey("copy.field." + field), "a heading for " + field + " in " + language);
            }
        }

        assertEquals(sha256(download.body()), TestRecords.text("SELECT sha256 FROM data_copy WHERE student_id = ?"
                + " AND produced_by = 'elev.larsen' AND request_id IS NULL AND language = 'da'", student),
                "the copy's digest is kept, not the copy");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM audit_event e JOIN data_copy c ON c.id = e.record_id"
                + " WHERE e.action = 'EXPORT_DATA' AND e.outcome = 'ALLOWED' AND e.student_id = ?", student));
    }

    @Test
    void theOfficerRegistersAnAccessRequestProducesTheCopyWithAReasonAndClosesIt() throws Exception {
        long student = TestRecords.student("Asta", "Indsigt");
        String number = TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        HttpResponse<String> register = dpo.get("dpo/requests.xhtml");
        HttpResponse<String> unknown = dpo.submit(register, "request", "register", Map.of("request:student", "X0",
                "request:kind", "ACCESS", "request:received", TODAY.toString()));
        assertTrue(unknown.body().contains("Der er ingen elev med det elevnummer."), unknown.body());
        HttpResponse<String> future = dpo.submit(register, "request", "register", Map.of("request:student", number,
                "request:kind", "ACCESS", "request:received", TODAY.plusDays(1).toString()));
        assertTrue(future.body().contains("Modtaget kan ikke ligge efter i dag."), future.body());
        assertEquals(0, TestRecords.count("SELECT count(*) FROM data_request WHERE student_id = ?", student));

        LocalDate received = TODAY.minusDays(27);
        HttpResponse<String> registered = dpo.submit(register, "request", "register", Map.of("request:student",
                number.toLowerCase(), "request:kind", "ACCESS", "request:received", received.toString(),
                "request:note", "Modtaget pr. brev"));
        assertTrue(registered.body().contains("Anmodningen er registreret."), registered.body());
        long request = TestRecords.count("SELECT id FROM data_request WHERE student_id = ?", student);
        assertEquals(received.plusMonths(1).toString(), TestRecords.text("SELECT deadline::text FROM data_request"
                + " WHERE id = ?", request), "due one month after it came in");
        String start = dpo.get("dpo/index.xhtml").body();
        assertTrue(start.contains("dpo/request.xhtml?id=" + request), "due within a week, so on the start page");

        HttpResponse<String> page = dpo.get("dpo/request.xhtml?id=" + request);
        HttpResponse<String> early = dpo.submit(page, "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Sendt"));
        assertTrue(early.body().contains("Dan kopien af elevens oplysninger, før"), early.body());
        HttpResponse<String> noReason = dpo.submit(page, "copy", "produce", Map.of("copy:language", "EN"));
        assertTrue(noReason.body().contains("Skriv en begrundelse: hvorfor dannes kopien?"), noReason.body());
        HttpResponse<byte[]> copy = dpo.download(page, "copy", "produce", Map.of("copy:reason",
                "Anmodning om indsigt modtaget pr. brev", "copy:language", "EN"));
        assertEquals(200, copy.statusCode());
        Map<String, byte[]> files = unzip(copy.body());
        assertEquals(Set.of("data.json", "copy.html", "manifest.json"), files.keySet(), "in the language chosen");
        assertTrue(new String(files.get("copy.html"), StandardCharsets.UTF_8).contains("Copy of your data"));
        assertEquals("Anmodning om indsigt modtaget pr. brev", TestRecords.text("SELECT reason FROM data_copy"
                + " WHERE request_id = ? AND produced_by = 'dpo.madsen' AND sha256 = ?", request, sha256(copy.body())));

        HttpResponse<String> handled = dpo.get("dpo/request.xhtml?id=" + request);
        assertTrue(handled.body().contains("Anmodning om indsigt modtaget pr. brev"), "the copy shows on the request");
        HttpResponse<String> closed = dpo.submit(handled, "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Kopien er sendt til eleven med Digital Post"));
        assertTrue(closed.body().contains("Anmodningen er afsluttet."), closed.body());
        assertEquals("DONE", TestRecords.text("SELECT status FROM data_request WHERE id = ?", request));
        assertFalse(dpo.get("dpo/index.xhtml").body().contains("dpo/request.xhtml?id=" + request),
                "a closed request is no longer due");
        String audited = "SELECT string_agg(action || ':' || coalesce(reason, '-'), ',' ORDER BY id) FROM audit_event"
                + " WHERE actor_username = 'dpo.madsen' AND student_id = ? AND outcome = 'ALLOWED'"
                + " AND action IN ('EXPORT_DATA', 'MANAGE_REQUESTS') AND (action = 'EXPORT_DATA' OR reason IS NOT NULL)";
        // the officer's handling is in the student's access log, and so in the copy
        assertEquals("MANAGE_REQUESTS:registered ACCESS,EXPORT_DATA:4 access log lines,MANAGE_REQUESTS:closed DONE",
                TestRecords.text(audited, student), "registering, producing and closing are audited on the student");
    }

    @Test
    void aCorrectionRequestLinksToTheChangesMadeSinceItCameIn() throws Exception {
        long student = TestRecords.student("Rikke", "Rettelse");
        String number = TestRecords.text("SELECT student_number FROM student WHERE id = ?", student);
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        HttpResponse<String> registered = dpo.submit(dpo.get("dpo/requests.xhtml"), "request", "register",
                Map.of("request:student", number, "request:kind", "CORRECTION", "request:received",
                        TODAY.toString(), "request:note", "Holdet er forkert"));
        String page = registered.uri().toString().substring(TestStack.APPLICATION_URL.length());
        assertTrue(registered.body().contains("Der er ikke ændret noget i elevens oplysninger"), registered.body());
        HttpResponse<String> early = dpo.submit(registered, "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Rettet"));
        assertTrue(early.body().contains("Ret elevens oplysninger, før"), early.body());

        SignedInClient leader = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("ul.christensen"));
        HttpResponse<String> edit = leader.get("students/edit.xhtml?id=" + student);
        // the form's lists keep the student's programme and site as they are
        leader.submit(edit, "student", "save", Map.of("student:team", "SSA-RETTET", "student:programme", "SSA",
                "student:site", "HERLEV"));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM student WHERE id = ? AND team = 'SSA-RETTET'",
                student));
        HttpResponse<String> handled = dpo.get(page);
        assertTrue(handled.body().contains("ul.christensen: Ændrede elevens oplysninger"),
                "the correction, as the audit trail has it: " + handled.body());
        HttpResponse<String> closed = dpo.submit(handled, "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Holdet er rettet af uddannelseslederen"));
        assertTrue(closed.body().contains("Anmodningen er afsluttet."), closed.body());
    }

    @Test
    void onlyTheStudentAndTheDataProtectionOfficerGetACopy() throws Exception {
        long student = TestRecords.student("Ulla", "Udenkonto");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        SignedInClient contact = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        assertEquals(403, contact.get("dpo/requests.xhtml").statusCode(), "the register is the officer's");
        assertEquals(403, contact.get("student/index.xhtml").statusCode());
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        assertEquals(403, dpo.get("dpo/request.xhtml?id=987654321").statusCode(),
                "a request that does not exist reveals nothing");
    }

    private static void collectFields(JsonValue value, Set<String> fields) {
        if (value instanceof JsonObject object) {
            object.forEach((name, v) -> {
                fields.add(name);
                collectFields(v, fields);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collectFields(v, fields));
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static JsonObject json(byte[] content) {
        return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readObject();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
