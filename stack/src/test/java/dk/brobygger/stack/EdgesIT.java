package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.audit.AuditAction;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The edges a new user finds by editing a URL or mistyping a field, for every demo role: no page ends on the
 * error page, a validation message names the field as the page labels it, and every action of the audit trail
 * renders on the student's access log and in the data protection officer's search.
 */
@ExtendWith(ArquillianExtension.class)
class EdgesIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();
    private static final String CLOSE_REASON = "Begrundelse for at lukke sagen";
    /** One demo user for each role, and one with no role. */
    private static final List<String> USERS = List.of("ul.christensen", "kp.hansen", "ov.nielsen", "mentor.andersen",
            "elev.hassan", "dpo.madsen", "uden.rolle");
    /** Every page with the parameters it takes. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
    /** Missing, empty, malformed, negative, zero, unknown and too large. */
    private static final List<String> BAD_VALUES = List.of("", "abc", "1.5", "-1", "0", "987654321",
            "99999999999999999999", "%27%3B--");

    static {
        for (String page : List.of("students/view", "students/edit", "students/status", "students/assignments",
                "students/period", "students/case", "students/account", "students/need", "students/consent",
                "students/offer",
                "contact/task", "leader/placement", "leader/period", "leader/offer", "dpo/request")) {
            PAGES.put(page, List.of("id"));
        }
        PAGES.put("students/need", List.of("id", "student"));
        PAGES.put("students/new-consent", List.of("student"));
        PAGES.put("students/propose-offer", List.of("student"));
        PAGES.put("mentor/log", List.of("student", "cluster"));
        PAGES.put("plan/index", List.of("period"));
        PAGES.put("plan/assessment", List.of("period", "kind"));
        PAGES.put("leader/goals", List.of("programme"));
        for (String page : List.of("index", "contact/index", "contact/tasks", "supervisor/index", "mentor/index",
                "leader/index", "leader/import", "leader/mentors", "leader/offers", "leader/people",
                "leader/placements", "leader/dropout", "leader/offer-report", "leader/mentoring-report",
                "leader/plan-report", "reports/consent", "dpo/index", "dpo/requests", "student/index", "student/access")) {
            PAGES.put(page, List.of());
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void noPageEndsOnTheErrorPageHoweverItsUrlIsEdited() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String username : USERS) {
            SignedInClient client = SignedInClient.signIn(DEMO.byUsername(username));
            for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
                List<String> urls = new ArrayList<>(List.of(page.getKey() + ".xhtml"));
                for (String parameter : page.getValue()) {
                    BAD_VALUES.forEach(value -> urls.add(page.getKey() + ".xhtml?" + parameter + "=" + value));
                }
                for (String url : urls) {
                    HttpResponse<String> response = client.get(url);
                    if (response.statusCode() >= 500) {
                        failures.add(username + " " + url + " -> " + response.statusCode());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aMistypedDateIsNamedByItsLabel() throws Exception {
        long student = TestRecords.student("Dorthe", "Dato");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(30), null);
        TestRecords.update("INSERT INTO student_case (id, student_id, opened_by, opened_at, version)"
                + " VALUES (nextval('record_seq'), ?, 'kp.hansen', now(), 1)", student);
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        HttpResponse<String> page = karen.get("students/case.xhtml?id=" + student);
        HttpResponse<String> answer = karen.submit(page, "journal", "add",
                Map.of("journal:entryDate", "ikke en dato", "journal:entryText", "Samtale om praktikken"));
        assertEquals(List.of("Dato: skriv en gyldig dato."), fieldMessages(answer));

        // a reason longer than its column holds is a message at the field, and nothing is stored
        HttpResponse<String> tooLong = karen.submit(karen.get("students/case.xhtml?id=" + student), "closeCase",
                "close", Map.of("closeCase:closeReason", "x".repeat(501)));
        assertEquals(200, tooLong.statusCode());
        assertEquals(List.of(CLOSE_REASON + ": må højst være 500 tegn."), fieldMessages(tooLong));
        assertEquals(1, TestRecords.count("SELECT count(*) FROM student_case WHERE student_id = ?"
                + " AND closed_at IS NULL", student), "the case is still open");
    }

    private static List<String> fieldMessages(HttpResponse<String> answer) {
        List<String> messages = new ArrayList<>();
        Matcher message = Pattern.compile("class=\"field-error\">([^<]*)<").matcher(Html.text(answer.body()));
        while (message.find()) {
            messages.add(message.group(1));
        }
        return messages;
    }

    /** Every answer, a page or a file to save, carries the same protective headers and is kept by nobody. */
    @Test
    void aDownloadCarriesThePagesHeaders() throws Exception {
        SignedInClient dpo = SignedInClient.signIn(DEMO.byUsername("dpo.madsen"));
        HttpResponse<String> page = dpo.get("dpo/index.xhtml");
        HttpResponse<String> csv = dpo.submit(page, "audit", "export", Map.of("audit:username", "dpo.madsen"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        for (HttpResponse<String> answer : List.of(page, csv)) {
            for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                    "Permissions-Policy")) {
                assertTrue(answer.headers().firstValue(header).isPresent(), header + " on " + answer.uri());
            }
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), answer.uri().toString());
            assertEquals(List.of(), answer.headers().allValues("X-Powered-By"), "the server names no product");
            assertEquals(List.of(), answer.headers().allValues("Server"), "nor does its Server header");
        }
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find() && policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'"),
                "a page's scripts come from the application or carry its nonce: " + policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's own scripts carry it");
        assertFalse(Pattern.compile("<[^>]+ on[a-z]+=\"").matcher(page.body()).find(),
                "no inline event handler, which the policy would block");
    }

    /**
     * The session cookie is sent with SameSite=Lax and HttpOnly, and the session id the browser had before signing
     * in is not the one it has after (a planted id is worth nothing).
     */
    @Test
    void theSessionCookieIsLaxAndChangesAtSignIn() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        List<String> sessions = karen.cookiesSetByApplication().stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertTrue(sessions.size() >= 2, "a session before and after signing in: " + sessions);
        assertTrue(sessions.stream().allMatch(c -> c.toLowerCase(Locale.ROOT).contains("samesite=lax")
                && c.contains("HttpOnly")), sessions.toString());
        assertEquals(sessions.size(), sessions.stream().map(c -> c.substring(0, c.indexOf(';'))).distinct().count(),
                "the id changes at sign-in: " + sessions);
        assertEquals(200, karen.get("contact/index.xhtml").statusCode(), "and the new one is signed in");
    }

    /** Another site cannot sign a person out: the sign-out form carries a token of the session. */
    @Test
    void signingOutNeedsTheFormsToken() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        assertEquals(403, karen.post("logout", "application/x-www-form-urlencoded", "").statusCode());
        assertEquals(403, karen.post("logout", "application/x-www-form-urlencoded", "logoutToken=guessed")
                .statusCode());
        HttpResponse<String> still = karen.get("contact/index.xhtml");
        assertTrue(still.uri().getPath().endsWith("/contact/index.xhtml") && still.statusCode() == 200,
                "still signed in: " + still.uri());
        Matcher token = Pattern.compile("name=\"logoutToken\" value=\"([^\"]+)\"").matcher(still.body());
        assertTrue(token.find(), "the page's sign-out form has the token");
        karen.post("logout", "application/x-www-form-urlencoded", "logoutToken=" + token.group(1));
        assertFalse(karen.get("contact/index.xhtml").uri().toString().startsWith(TestStack.APPLICATION_URL),
                "signed out: the area sends to Keycloak's sign-in");
    }

    /** Only the import page takes a file; elsewhere a multipart body is refused unread, with the page's headers. */
    @Test
    void aFileIsTakenByTheImportPageOnly() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        HttpResponse<String> refused = karen.post("contact/index.xhtml", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.csv\"\r\n\r\nA\r\n--x--\r\n");
        assertEquals(415, refused.statusCode());
        assertTrue(refused.body().contains("Forespørgslen kan ikke bruges"), refused.body());
        for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                "Permissions-Policy")) {
            assertTrue(refused.headers().firstValue(header).isPresent(), header + " on the container's error page");
        }
    }

    /** The leader's lists of staff and placements name people: reading them is in the audit trail. */
    @Test
    void staffListsAreAudited() throws Exception {
        long before = TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ul.christensen'"
                + " AND action = 'LIST' AND record_type IN ('Person', 'Placement')");
        SignedInClient leader = SignedInClient.signIn(DEMO.byUsername("ul.christensen"));
        assertEquals(200, leader.get("leader/people.xhtml").statusCode());
        assertEquals(200, leader.get("leader/placements.xhtml").statusCode());
        assertTrue(TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ul.christensen'"
                + " AND action = 'LIST' AND record_type IN ('Person', 'Placement')") >= before + 2);
    }

    /** A placement named like a spreadsheet formula is written as text in the data protection officer's export. */
    @Test
    void aFormulaInANameIsTextInTheExport() throws Exception {
        String name = "=HYPERLINK(\"http://example.com\",\"Solhaven\")";
        SignedInClient leader = SignedInClient.signIn(DEMO.byUsername("ul.christensen"));
        leader.submit(leader.get("leader/placement.xhtml"), "placement", "save", Map.of("placement:name", name,
                "placement:type", "NURSING_HOME", "placement:size", "SMALL", "placement:area", "Valby"));
        SignedInClient dpo = SignedInClient.signIn(DEMO.byUsername("dpo.madsen"));
        HttpResponse<String> csv = dpo.submit(dpo.get("dpo/index.xhtml"), "audit", "export",
                Map.of("audit:username", "ul.christensen"));
        assertTrue(csv.body().contains(";\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Solhaven\"\")\";"),
                csv.body());
        assertFalse(csv.body().contains(";=HYPERLINK") || csv.body().contains(";\"=HYPERLINK"), csv.body());
    }

    @Test
    void everyAuditActionRendersOnTheAccessLogAndInTheSearch() throws Exception {
        long student = TestRecords.student("Asta", "Sporet");
        TestRecords.linkAccount(student, "elev.hassan");
        Properties labels = labels();
        List<String> actions = labels.stringPropertyNames().stream().filter(k -> k.startsWith("auditAction."))
                .map(k -> k.substring("auditAction.".length())).sorted().toList();
        assertEquals(Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList(), actions,
                "every action has a Danish name");
        assertTrue(actions.stream().allMatch(a -> labels.containsKey("audit.action." + a)),
                "and one for the data protection officer");
        SignedInClient hassan = SignedInClient.signIn(DEMO.byUsername("elev.hassan"));
        SignedInClient dpo = SignedInClient.signIn(DEMO.byUsername("dpo.madsen"));
        // a batch at a time, so that every action is on the first page of both lists (newest first, 25 a page),
        // and nothing of the batch before: 13 actions are 26 events, of which the first page shows the newest 25
        for (int from = 0; from < actions.size(); from += 13) {
            List<String> batch = actions.subList(from, Math.min(actions.size(), from + 13));
            for (String action : batch) {
                for (String outcome : List.of("ALLOWED", "DENIED")) {
                    TestRecords.update("WITH e AS (INSERT INTO audit_event (id, occurred_at, actor_username,"
                            + " actor_roles, action, record_type, record_id, student_id, outcome, reason,"
                            + " student_view) VALUES (nextval('record_seq'), clock_timestamp(), ?, ?, ?, 'Test', NULL,"
                            + " ?, ?, 'test', CASE WHEN ? = 'ALLOWED' THEN 'PLACEMENT' END) RETURNING id)"
                            + " INSERT INTO audit_seen_need (event_id, position, need_id, category, level)"
                            + " SELECT id, 0, NULL, 'LANGUAGE', 'ACCOMMODATIONS' FROM e WHERE ? = 'ALLOWED'",
                            // what the application notes by itself has no person or roles behind it
                            action.equals("CONSENT_EXPIRED") ? "brobygger" : "kp.jensen",
                            action.equals("CONSENT_EXPIRED") ? "-" : "contact-person",
                            action, student, outcome, outcome, outcome);
                }
            }
            String log = opened(hassan.get("student/access.xhtml"));
            String search = opened(dpo.get("dpo/index.xhtml"));
            for (String action : batch) {
                assertTrue(log.contains(labels.getProperty("auditAction." + action)), action + " on the access log");
                assertTrue(search.contains(labels.getProperty("audit.action." + action) + " (" + action + ")"),
                        action + " in the search");
            }
            assertTrue(log.contains("Sproglige udfordringer (kun hvad der hjælper i oplæringen)"), log);
            assertFalse(log.contains("???") || search.contains("???"), "every text is there: " + log);
            assertEquals(batch.contains("CONSENT_EXPIRED"), log.contains("Brobygger selv (automatisk)"),
                    "the application itself is named as such");
            assertTrue(log.contains("det, oplæringsstedet må se"), log);
        }
        assertEquals("intact", verify(dpo));
    }

    /** The data protection officer checks the chain from the page: the events written above are in it. */
    private static String verify(SignedInClient dpo) throws Exception {
        String result = Html.text(ChainChecks.verify(dpo));
        return result.contains("Revisionssporet er intakt.") ? "intact" : result;
    }

    private static String opened(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        return Html.text(response.body());
    }

    private static Properties labels() throws IOException {
        Properties labels = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../ejb/src/main/resources/dk/brobygger/i18n/"
                + "messages_da.properties"), StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        return labels;
    }

    /** A page's HTML with the entities Faces writes for æ, ø, å (and the like) turned back into letters. */
    static final class Html {

        private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
        private static final Map<String, String> NAMED = Map.of("&aelig;", "æ", "&oslash;", "ø", "&aring;", "å",
                "&AElig;", "Æ", "&Oslash;", "Ø", "&Aring;", "Å", "&quot;", "\"", "&amp;", "&", "&nbsp;", " ");

        private Html() {
        }

        static String text(String html) {
            String text = html;
            for (Map.Entry<String, String> entity : NAMED.entrySet()) {
                text = text.replace(entity.getKey(), entity.getValue());
            }
            Matcher numeric = NUMERIC.matcher(text);
            StringBuilder decoded = new StringBuilder();
            while (numeric.find()) {
                int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
                numeric.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(code)));
            }
            return numeric.appendTail(decoded).toString();
        }
    }
}
