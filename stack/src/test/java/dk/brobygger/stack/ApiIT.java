package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API (docs/api.md) with a person's bearer token fetched from the Keycloak realm as a tool would: the same
 * gate as the pages decides and audits, and every refusal is a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    static final String API = TestStack.APPLICATION_URL + "api/v1/";
    // HTTP/1.1, as the tools the README shows use it (curl); an upgrade to HTTP/2 is not what is tested here
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A person's access token, by the password grant of the realm's API client (demo only, as the README shows). */
    static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=brobygger-api-cli&username=" + username + "&password="
                + URLEncoder.encode(DemoUsers.fromRealm().byUsername(username).password(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:8180/realms/brobygger/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body()).getString("access_token");
    }

    /** The school's system's token, by the client-credentials grant of its own client (demo secret). */
    static String integrationToken() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:8180/realms/brobygger/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + "brobygger-integration&client_secret=brobygger-integration-demo-secret-not-for-production"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body()).getString("access_token");
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    /** A request to the API, with the token if any, asking for JSON in Danish (the default). */
    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static HttpRequest.Builder post(String path, String token, String contentType, String body) {
        return request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer is a problem document with this status, in words; returns it. */
    static JsonObject problem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().map() + " " + answer.body());
        JsonObject problem = json(answer.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank() || problem.getString("detail").isBlank(), answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at dk."), "no stack trace");
        return problem;
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theOpenApiDocumentIsValidDescribesTheApiAndEveryOperationInItAnswers() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:8080/openapi?format=json")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject document = json(answer.body());
        // Payara adds a member of its own, listing each application's endpoints, which OpenAPI does not know
        String standard = Json.createObjectBuilder(document).remove("endpoints").build().toString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(standard, null, null);
        assertEquals(List.of(), parsed.getMessages(), "a valid OpenAPI document");
        assertTrue(document.getString("openapi").startsWith("3."), "an OpenAPI 3 document");
        assertEquals("Brobygger API", document.getJsonObject("info").getString("title"));
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
        assertTrue(document.getJsonArray("servers").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("url").endsWith("/brobygger/api")), answer.body());
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.keySet().containsAll(List.of("/v1/students", "/v1/students/{id}", "/v1/students/{id}/needs",
                "/v1/students/{id}/offers", "/v1/consents", "/v1/consents/{id}", "/v1/consents/{id}/withdrawal",
                "/v1/student-imports", "/v1/student-imports/preview", "/v1/placements", "/v1/placement-periods",
                "/v1/assignments", "/v1/tasks", "/v1/tasks/{id}/completion", "/v1/reports/{report}", "/v1/mentees",
                "/v1/needs/{id}", "/v1/consents/{id}/acceptance", "/v1/placement-periods/{id}")),
                paths.keySet().toString());

        long student = TestRecords.student("Api", "Dokument");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        long consent = TestRecords.consent(student, null, TestRecords.mentor(student, "mentor.andersen",
                TODAY.minusDays(5), null), "FULL", TODAY.plusDays(30), TestRecords.need(student, "LANGUAGE",
                "Dansk er andetsprog.", "Skriftlige beskeder."));
        long period = TestRecords.period(student, TestRecords.placement("ov.nielsen"), TODAY.plusDays(100),
                TODAY.plusDays(130), "ov.nielsen");
        String token = token("kp.hansen");
        // each path read by a caller it is for: the reports by the data protection officer, the placements by the
        // school's system, the mentees by a mentor, the rest by the student's contact person
        Map<String, String> reader = Map.of("/v1/reports/{report}", token("dpo.madsen"), "/v1/placements",
                integrationToken(), "/v1/mentees", token("mentor.andersen"), "/v1/placement-periods/{id}",
                token("ul.christensen"));
        for (String path : paths.keySet()) {
            String called = path.substring("/v1/".length()).replace("{id}", String.valueOf(
                    path.startsWith("/v1/consents/") ? consent : path.startsWith("/v1/placement-periods/") ? period
                            : student))
                    .replace("{report}", "consent-coverage") + (path.equals("/v1/consents") ? "?student=" + student : "");
            for (String method : paths.getJsonObject(path).keySet()) {
                if (method.equals("get")) {
                    HttpResponse<String> read = get(called, reader.getOrDefault(path, token));
                    assertEquals(200, read.statusCode(), path + ": " + read.body());
                } else {
                    // a change without its body or version, or by a caller without the role: a problem, no more
                    int status = send(request(called, token).header("Content-Type", "application/json")
                            .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString("{}")))
                            .statusCode();
                    assertTrue(status >= 400 && status < 500 && status != 404 && status != 405, path + ": " + status);
                }
            }
        }
        // the rendered reference, as a new user opens it (no token needed to read it): every path is on it
        try (Browser browser = Browser.open()) {
            String reference = browser.libraryPage(TestStack.APPLICATION_URL + "api/docs/", "Brobygger API");
            for (String path : paths.keySet()) {
                assertTrue(reference.contains(path), path + " on the reference page: " + reference);
            }
        }
    }

    @Test
    void aContactPersonsTokenReadsTheirStudentAndNoOneElsesAndEveryAnswerIsAudited() throws Exception {
        long mine = TestRecords.student("Api", "Egen");
        TestRecords.contactPerson(mine, "kp.hansen", TODAY.minusDays(10), null);
        long theirs = TestRecords.student("Api", "Anden");
        TestRecords.contactPerson(theirs, "kp.jensen", TODAY.minusDays(10), null);
        String token = token("kp.hansen");

        HttpResponse<String> own = get("students/" + mine, token);
        assertEquals(200, own.statusCode(), own.body());
        JsonObject student = json(own.body());
        assertEquals("Api Egen", student.getString("name"));
        assertEquals("FULL", student.getString("view"));
        assertFalse(own.headers().firstValue("Set-Cookie").isPresent(), "a token needs no session");

        HttpResponse<String> other = get("students/" + theirs, token);
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, json(other.body()).getInt("status"));
        assertEquals(1, TestRecords.auditEvents("kp.hansen", mine, "ALLOWED"));
        assertEquals(1, TestRecords.auditEvents("kp.hansen", theirs, "DENIED"), "the refusal is audited");

        HttpResponse<String> list = get("students?size=1", token);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = json(list.body());
        assertTrue(page.getInt("total") >= 1 && page.getJsonArray("students").size() == 1, list.body());
        assertTrue(list.headers().firstValue("Link").orElse("").contains("rel=\"next\"")
                == page.getInt("total") > 1, "the next page's link: " + list.headers().map());
        HttpResponse<String> found = get("students?q=Egen", token);
        assertTrue(json(found.body()).getJsonArray("students").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getInt("id") == mine), "her own student, searched: " + found.body());
        assertTrue(json(found.body()).getJsonArray("students").stream().map(JsonValue::asJsonObject)
                .noneMatch(s -> s.getInt("id") == theirs), "and never another's");
        HttpResponse<String> all = get("students?scope=all", token);
        assertEquals(403, all.statusCode(), "all students are the education leader's list: " + all.body());
        HttpResponse<String> wrong = get("students?scope=everyone", token);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> anonymous = get("students/" + mine, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertFalse(anonymous.body().contains("Exception"), "no stack trace: " + anonymous.body());
        assertEquals(401, get("students/" + mine, token + "x").statusCode(), "a token changed is no token");
    }

    @Test
    void aSupervisorsTokenGetsExactlyTheSharedNeedsAndNoneOnceTheStudentWithdrawsThroughTheApi() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Api", "Samtykke");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        TestRecords.linkAccount(student, "elev.larsen");
        long period = TestRecords.period(student, placement, TODAY.minusDays(5), TODAY.plusDays(30), "ov.nielsen");
        long language = TestRecords.need(student, "LANGUAGE", "Dansk er andetsprog.", "Skriftlige beskeder.");
        TestRecords.need(student, "SOCIAL", "Bor alene med lille netvaerk.", "Faste vagter.");
        long consent = TestRecords.consent(student, period, null, "ACCOMMODATIONS", TODAY.plusDays(60), language);
        TestRecords.offer(student, "FAGSPROG", "AGREED", language);
        String supervisor = token("ov.nielsen");
        String own = token("elev.larsen");

        JsonObject shared = json(get("students/" + student + "/needs", supervisor).body());
        assertFalse(shared.getBoolean("everything"));
        assertEquals(1, shared.getJsonArray("needs").size(), "only the need consented to: " + shared);
        JsonObject need = shared.getJsonArray("needs").getJsonObject(0);
        assertEquals("LANGUAGE", need.getString("category"));
        assertEquals("Skriftlige beskeder.", need.getString("accommodations"));
        assertFalse(need.containsKey("description") || need.containsKey("recordedBy"), "at the level shared: " + need);
        assertEquals(2, json(get("students/" + student + "/needs", own).body()).getJsonArray("needs").size(),
                "the student sees all her needs");
        problem(get("consents?student=" + student, supervisor), 403);
        HttpResponse<String> offers = get("students/" + student + "/offers", supervisor);
        assertTrue(offers.body().contains("\"FAGSPROG\"") && !offers.body().contains("responsible"),
                "the offer answering the shared need: " + offers.body());

        HttpResponse<String> read = get("consents/" + consent, own);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject fhir = json(read.body());
        assertEquals("Consent", fhir.getString("resourceType"));
        assertEquals("active", fhir.getString("status"));
        assertEquals("students/" + student, fhir.getJsonObject("subject").getString("reference"));
        assertEquals(List.of("LANGUAGE"), fhir.getJsonObject("provision").getJsonArray("data")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("ACCOMMODATIONS", fhir.getJsonObject("provision").getString("level"));
        assertEquals("0".repeat(64), fhir.getJsonObject("policyText").getString("hash"));
        assertEquals(TODAY.plusDays(30).toString(), fhir.getJsonObject("period").getString("end"),
                "a consent to a period ends with it");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertTrue(fhir.getJsonObject("policyText").getString("text").contains("Skriftlige beskeder"), "the text");
        JsonObject listed = json(get("consents?student=" + student, own).body()).getJsonArray("consents")
                .getJsonObject(0);
        assertEquals(consent, listed.getInt("id"), "the list holds the same consent");
        assertEquals(fhir.getJsonObject("provision"), listed.getJsonObject("provision"));

        String withdrawal = "consents/" + consent + "/withdrawal";
        problem(send(post(withdrawal, own, "application/json", "{}")), 428);
        problem(send(post(withdrawal, own, "application/json", "{}").header("If-Match", "\"999\"")), 412);
        assertEquals("active", json(get("consents/" + consent, own).body()).getString("status"), "nothing stored");
        HttpResponse<String> withdrawn = send(post(withdrawal, own, "application/json", "{}").header("If-Match", etag));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("inactive", json(withdrawn.body()).getString("status"));
        assertFalse(etag.equals(withdrawn.headers().firstValue("ETag").orElseThrow()), "a new version");

        JsonObject after = json(get("students/" + student + "/needs", supervisor).body());
        assertEquals(0, after.getJsonArray("needs").size(), "the same token's next request sees none: " + after);
        assertEquals("[]", get("students/" + student + "/offers", supervisor).body(), "nor its offer");
        assertEquals(2, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.nielsen' AND"
                + " student_id = ? AND action = 'VIEW_NEEDS' AND outcome = 'ALLOWED'", student), "both audited");
        assertEquals(1, TestRecords.auditEvents("ov.nielsen", student, "DENIED"), "the refusal too");
    }

    @Test
    void theSchoolsSystemImportsAFileOfStudentsAfterAPreviewAndNothingWhenALineIsWrong() throws Exception {
        String system = integrationToken();
        String number = "I" + (System.nanoTime() % 100_000_000L);
        String csv = "elevnummer;fornavn;efternavn;fødselsdato;uddannelse;skole;hold;startdato\n"
                + number + "1;Ida;Import;01-02-2006;SSH;Herlev;H-API;01-08-2025\n"
                + number + "2;Ib;Import;03-04-2005;SSA;Herlev;A-API;01-08-2025\n";
        long before = TestRecords.count("SELECT count(*) FROM student");

        JsonObject preview = json(send(post("student-imports/preview", system, "text/csv; charset=UTF-8", csv)).body());
        assertTrue(preview.getBoolean("valid") && preview.getInt("created") == 2, preview.toString());
        assertEquals(before, TestRecords.count("SELECT count(*) FROM student"), "a preview stores nothing");
        HttpResponse<String> imported = send(post("student-imports", system, "text/csv; charset=UTF-8", csv));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(before + 2, TestRecords.count("SELECT count(*) FROM student"));
        assertEquals(2, json(send(post("student-imports", system, "text/csv", csv)).body()).getInt("unchanged"),
                "the same file again changes nothing");

        String json = "[{\"studentNumber\": \"" + number + "3\", \"firstName\": \"Jo\", \"lastName\": \"Json\","
                + " \"birthDate\": \"2006-01-01\", \"programme\": \"PA\", \"site\": \"Herlev\", \"team\": \"P1\","
                + " \"startDate\": \"2025-08-01\"},"
                + " {\"studentNumber\": \"" + number + "4\", \"firstName\": 4, \"lastName\": \"Json\","
                + " \"birthDate\": \"2030-01-01\", \"programme\": \"PA\", \"site\": \"Herlev\", \"team\": \"P1\","
                + " \"startDate\": \"2025-08-01\", \"cpr\": \"010101-0101\"}]";
        JsonObject wrong = problem(send(post("student-imports", system, "application/json", json)
                .header("Accept-Language", "en")), 400);
        assertTrue(wrong.getString("detail").contains("Nothing has been saved"), wrong.toString());
        assertEquals(before + 2, TestRecords.count("SELECT count(*) FROM student"), "no line of a wrong file");
        JsonObject lines = json(send(post("student-imports/preview", system, "application/json", json)
                .header("Accept-Language", "en")).body());
        JsonObject second = lines.getJsonArray("lines").getJsonObject(1);
        assertEquals("INVALID", second.getString("outcome"));
        assertTrue(second.getJsonArray("problems").stream().map(JsonValue::asJsonObject).anyMatch(p ->
                p.getString("field", "").equals("firstName") && p.getString("message").contains("quotation marks")),
                "each problem names its field, in the caller's language: " + second);
        assertTrue(second.toString().contains("cpr") && second.toString().contains("birthDate"), second.toString());

        long imported1 = TestRecords.count("SELECT id FROM student WHERE student_number = ?", number + "1");
        problem(get("students/" + imported1, system), 403);
        problem(get("students/" + imported1 + "/needs", system), 403);
        problem(get("students", system), 403);
        assertEquals(2, TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username ="
                + " 'service-account-brobygger-integration' AND student_id = ? AND outcome = 'DENIED'", imported1),
                "the system reads no student, and every refusal is audited");
        problem(send(post("student-imports", token("kp.hansen"), "text/csv", csv)), 403);
    }

    @Test
    void badInputGetsAProblemDocumentInTheCallersLanguageAndNothingIsStored() throws Exception {
        long student = TestRecords.student("Api", "Fejl");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        long other = TestRecords.student("Api", "Fremmed");
        TestRecords.contactPerson(other, "kp.jensen", TODAY.minusDays(10), null);
        long consent = TestRecords.consent(student, null, TestRecords.mentor(student, "mentor.andersen",
                TODAY.minusDays(5), null), "FULL", TODAY.plusDays(30), TestRecords.need(student, "SOCIAL", "x.", "y."));
        long foreign = TestRecords.consent(other, null, TestRecords.mentor(other, "mentor.andersen",
                TODAY.minusDays(5), null), "FULL", TODAY.plusDays(30), TestRecords.need(other, "SOCIAL", "x.", "y."));
        String token = token("kp.hansen");
        String etag = get("consents/" + consent, token).headers().firstValue("ETag").orElseThrow();
        String withdrawal = "consents/" + consent + "/withdrawal";

        problem(send(post(withdrawal, token, "application/json", "{\"reason\": ").header("If-Match", etag)), 400);
        problem(send(post(withdrawal, token, "application/json", "{\"reason\": \"Eleven ringede\", \"by\": \"x\"}")
                .header("If-Match", etag)), 400);
        problem(send(post(withdrawal, token, "application/json", "{\"reason\": {\"text\": 1}}")
                .header("If-Match", etag)), 400);
        JsonObject missing = problem(send(post(withdrawal, token, "application/json", "{}").header("If-Match", etag)
                .header("Accept-Language", "en-GB,da;q=0.5")), 400);
        assertEquals("reason", missing.getJsonArray("errors").getJsonObject(0).getString("field"), missing.toString());
        assertTrue(missing.getString("title").equals("Bad request"), "in English, as asked: " + missing);
        JsonObject danish = problem(send(post(withdrawal, token, "application/json", "{}").header("If-Match", etag)), 400);
        assertEquals("Forkert forespørgsel", danish.getString("title"));
        problem(send(post(withdrawal, token, "text/plain", "Eleven ringede").header("If-Match", etag)), 415);
        assertEquals("active", json(get("consents/" + consent, token).body()).getString("status"), "nothing stored");

        problem(get("consents/" + foreign, token), 403);
        problem(send(post("consents/" + foreign + "/withdrawal", token, "application/json",
                "{\"reason\": \"x\"}").header("If-Match", "\"1\"")), 403);
        problem(get("students/" + other + "/needs", token), 403);
        problem(get("consents?student=" + other, token), 403);
        problem(get("consents", token), 400);
        problem(get("nothing-here", token), 404);
        problem(get("students/" + student, null), 401);
        String big = "x".repeat(6 * 1024 * 1024);
        // refused from its declared length, before the body is sent
        problem(send(post("student-imports", token, "text/csv", big).expectContinue(true)), 413);
        assertEquals(0, TestRecords.count("SELECT count(*) FROM consent WHERE id IN (?, ?) AND withdrawn_at IS NOT NULL",
                consent, foreign));
    }

    @Test
    void aCallerWhoSendsTooManyRequestsIsToldToWait() throws Exception {
        // a caller no other test of the API uses, whose requests are counted from none
        String token = token("ov.pedersen");
        HttpResponse<String> last = null;
        for (int i = 0; i < 200 && (last == null || last.statusCode() != 429); i++) {
            last = get("students?size=1", token);
        }
        JsonObject problem = problem(last, 429);
        long wait = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 60, "seconds to wait: " + wait + " " + problem);
    }

    @Test
    void aStudentIsCreatedAndChangedFromTheVersionReadAndTheSchoolsSystemRegistersHerPeriod() throws Exception {
        String leader = token("ul.christensen");
        String number = "C" + (System.nanoTime() % 100_000_000L);
        String details = "{\"studentNumber\": \"" + number + "\", \"firstName\": \"Cia\", \"lastName\": \"Create\","
                + " \"birthDate\": \"2005-05-05\", \"programme\": \"SSH\", \"site\": \"Herlev\", \"team\": \"%s\","
                + " \"startDate\": \"2025-08-01\"}";
        HttpResponse<String> created = send(post("students", leader, "application/json", details.formatted("H-NY")));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = json(created.body()).getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/v1/students/" + id), location);
        JsonObject taken = problem(send(post("students", leader, "application/json", details.formatted("H-NY"))), 400);
        assertEquals(List.of("studentNumber"), fields(taken), "the number is taken: " + taken);
        JsonObject wrong = problem(send(post("students", leader, "application/json", "{\"studentNumber\": \"x\","
                + " \"firstName\": \"\", \"birthDate\": \"31-02-2005\"}")), 400);
        assertTrue(fields(wrong).containsAll(List.of("studentNumber", "firstName", "lastName", "birthDate",
                "programme", "site", "team", "startDate")), "every field that is wrong: " + wrong);

        HttpResponse<String> read = get("students/" + id, leader);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String changed = details.formatted("H-RET");
        problem(send(request("students/" + id, leader).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed))), 428);
        HttpResponse<String> saved = send(request("students/" + id, leader).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(changed)));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("H-RET", json(saved.body()).getString("team"));
        problem(send(request("students/" + id, leader).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(details.formatted("H-GAMMEL")))), 412);
        assertEquals("H-RET", TestRecords.text("SELECT team FROM student WHERE id = ?", id), "the stale save stored nothing");

        String system = integrationToken();
        long placement = TestRecords.placement("ov.nielsen");
        assertTrue(get("placements", system).body().contains("\"id\":" + placement), "the system reads the placements");
        String period = "{\"studentNumber\": \"%s\", \"placement\": " + placement + ", \"code\": \"1a\", \"start\": \""
                + TODAY.plusDays(10) + "\", \"end\": \"" + TODAY.plusDays(60) + "\"}";
        HttpResponse<String> registered = send(post("placement-periods", system, "application/json",
                period.formatted(number.toLowerCase(Locale.ROOT))));
        assertEquals(201, registered.statusCode(), registered.body());
        String registeredAt = registered.headers().firstValue("Location").orElseThrow();
        String periodPath = registeredAt.substring(registeredAt.indexOf("placement-periods/"));
        assertTrue(get(periodPath, leader).body().contains("\"code\":\"1a\""), "the Location names the period");
        problem(get(periodPath, system), 403);
        assertEquals(1, TestRecords.count("SELECT count(*) FROM placement_period WHERE student_id = ?", id));
        assertEquals(List.of("studentNumber"), fields(problem(send(post("placement-periods", system,
                "application/json", period.formatted("UKENDT999"))), 400)));
        problem(send(post("placement-periods", system, "application/json", period.formatted(number))), 400);
        assertEquals(1, TestRecords.count("SELECT count(*) FROM placement_period WHERE student_id = ?", id),
                "an overlapping period is refused");
        problem(send(post("assignments", system, "application/json", "{\"student\": " + id + ", \"username\":"
                + " \"kp.hansen\", \"kind\": \"CONTACT_PERSON\", \"from\": \"" + TODAY + "\"}")), 403);
        HttpResponse<String> assigned = send(post("assignments", leader, "application/json", "{\"student\": " + id
                + ", \"username\": \"kp.hansen\", \"kind\": \"CONTACT_PERSON\", \"from\": \"" + TODAY + "\"}"));
        assertEquals(201, assigned.statusCode(), assigned.body());

        String contact = token("kp.hansen");
        assertEquals("FULL", json(get("students/" + id, contact).body()).getString("view"), "now her student");
        long task = TestRecords.count("SELECT min(id) FROM task WHERE student_id = ? AND status = 'OPEN'", id);
        JsonObject tasks = json(get("tasks?size=100", contact).body());
        JsonObject line = tasks.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").longValue() == task).findFirst().orElseThrow();
        String done = "tasks/" + task + "/completion";
        problem(send(post(done, contact, "application/json", "{\"note\": \"\"}").header("If-Match",
                "\"" + line.getInt("version") + "\"")), 400);
        assertEquals(204, send(post(done, contact, "application/json", "{\"note\": \"Aftalt med stedet\"}")
                .header("If-Match", "\"" + line.getInt("version") + "\"")).statusCode());
        assertEquals("DONE", TestRecords.text("SELECT status FROM task WHERE id = ?", task));
    }

    @Test
    void theContactPersonRecordsANeedAndProposesAConsentWhichTheStudentAcceptsHavingReadItsText() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Api", "Forslag");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        TestRecords.linkAccount(student, "elev.larsen");
        long period = TestRecords.period(student, placement, TODAY.minusDays(5), TODAY.plusDays(30), "ov.nielsen");
        String contact = token("kp.hansen");
        String own = token("elev.larsen");
        String needs = "students/" + student + "/needs";

        assertEquals(List.of("category", "source", "status", "description"), List.of(
                fields(problem(send(post(needs, contact, "application/json", "{}")), 400)).get(0),
                fields(problem(send(post(needs, contact, "application/json", "{\"category\": \"LANGUAGE\"}")), 400))
                        .get(0),
                fields(problem(send(post(needs, contact, "application/json", "{\"category\": \"LANGUAGE\","
                        + " \"source\": \"INTERVIEW\"}")), 400)).get(0),
                fields(problem(send(post(needs, contact, "application/json", "{\"category\": \"LANGUAGE\","
                        + " \"source\": \"INTERVIEW\", \"status\": \"ACTIVE\"}")), 400)).get(0)));
        problem(send(post(needs, contact, "application/json", "{\"category\": \"HOMESICK\"}")), 400);
        String need = "{\"category\": \"LANGUAGE\", \"source\": \"INTERVIEW\", \"status\": \"ACTIVE\","
                + " \"description\": \"Dansk er andetsprog.\", \"accommodations\": \"%s\"}";
        HttpResponse<String> recorded = send(post(needs, contact, "application/json", need.formatted("Ord på tavlen.")));
        assertEquals(201, recorded.statusCode(), recorded.body());
        long needId = json(recorded.body()).getJsonNumber("id").longValue();
        JsonObject line = json(get(needs, contact).body()).getJsonArray("needs").getJsonObject(0);
        String version = "\"" + line.getJsonNumber("version").longValue() + "\"";
        assertEquals(204, send(request("needs/" + needId, contact).header("Content-Type", "application/json")
                .header("If-Match", version).PUT(HttpRequest.BodyPublishers.ofString(need.formatted(
                        "Skriftlige beskeder.")))).statusCode());
        problem(send(request("needs/" + needId, contact).header("Content-Type", "application/json")
                .header("If-Match", version).PUT(HttpRequest.BodyPublishers.ofString(need.formatted("Gammel.")))), 412);
        problem(send(request("needs/" + needId, own).header("Content-Type", "application/json")
                .header("If-Match", version).PUT(HttpRequest.BodyPublishers.ofString(need.formatted("Min.")))), 403);

        String proposal = "{\"student\": " + student + ", \"grantee\": \"period:" + period + "\", \"needs\": ["
                + needId + "], \"level\": \"ACCOMMODATIONS\", \"purpose\": \"At tilpasse oplaeringen\"}";
        problem(send(post("consents", own, "application/json", proposal)), 403);
        HttpResponse<String> proposed = send(post("consents", contact, "application/json", proposal));
        assertEquals(201, proposed.statusCode(), proposed.body());
        String location = proposed.headers().firstValue("Location").orElseThrow();
        String consent = location.substring(location.indexOf("consents/"));
        HttpResponse<String> read = get(consent, own);
        JsonObject draft = json(read.body());
        assertEquals("draft", draft.getString("status"));
        assertTrue(draft.getJsonObject("policyText").getString("text").contains("Skriftlige beskeder."), read.body());
        assertEquals(0, json(get(needs, token("ov.nielsen")).body()).getJsonArray("needs").size(),
                "nothing shared before she accepts");

        String etag = read.headers().firstValue("ETag").orElseThrow();
        String acceptance = consent + "/acceptance";
        problem(send(post(acceptance, own, "application/json", "{\"textHash\": \"" + "f".repeat(64) + "\"}")
                .header("If-Match", etag)), 400);
        HttpResponse<String> accepted = send(post(acceptance, own, "application/json", "{\"textHash\": \""
                + draft.getJsonObject("policyText").getString("hash") + "\"}").header("If-Match", etag));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("active", json(accepted.body()).getString("status"));
        assertTrue(get(needs, token("ov.nielsen")).body().contains("Skriftlige beskeder."), "shared once accepted");
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field", "")).toList();
    }

    @Test
    void aPersonsFirstTokenRegistersThemAsTheirFirstSignInOnThePagesWould() throws Exception {
        long student = TestRecords.student("Api", "Foerste");
        TestRecords.linkAccount(student, "elev.hassan");
        // as the school registered her: by her username, before she has signed in anywhere
        TestRecords.update("UPDATE user_profile SET subject = NULL WHERE username = 'elev.hassan'");

        HttpResponse<String> own = get("students/" + student, token("elev.hassan"));

        assertEquals(200, own.statusCode(), own.body());
        assertEquals("FULL", json(own.body()).getString("view"), "her own record");
        assertEquals(1, TestRecords.count("SELECT count(*) FROM user_profile WHERE username = 'elev.hassan'"
                + " AND subject IS NOT NULL"), "her profile now knows her by her Keycloak subject");
    }
}
