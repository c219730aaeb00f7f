package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndEveryPathInItAnswers() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:8080/openapi?format=json")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject document = json(answer.body());
        assertTrue(document.getString("openapi").startsWith("3."), "an OpenAPI 3 document");
        assertEquals("Brobygger API", document.getJsonObject("info").getString("title"));
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
        assertTrue(document.getJsonArray("servers").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("url").endsWith("/brobygger/api")), answer.body());
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/v1/students") && paths.containsKey("/v1/students/{id}"), paths.toString());
        long student = TestRecords.student("Api", "Dokument");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        String token = token("kp.hansen");
        for (String path : paths.keySet()) {
            HttpResponse<String> called = get(path.substring("/v1/".length()).replace("{id}",
                    String.valueOf(student)), token);
            assertEquals(200, called.statusCode(), path + ": " + called.body());
        }
    }

    @Test
    void aContactPersonsTokenReadsTheirStudentAndNoOneElsesAndEveryAnswerIsAudited() throws Exception {
        long mine = TestRecords.student("Api", "Egen");
        TestRecords.contactPerson(mine, "kp.hansen", TODAY.minusDays(10), null);
        long theirs = TestRecords.student("Api", "Anden");
        TestRecords.contactPerson(theirs, "kp.jensen", TODAY.minusDays(10), null);
        // the person has signed in once on the pages, which registers their profile by their subject
        SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
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
}
