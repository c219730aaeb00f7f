package dk.brobygger.stack;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The six journeys of docs/performance.md as people walk them, and the baseline: a trivial Faces page (the public
 * start page) on the same server. Each virtual person is already signed in ({@link #prepare}: Keycloak's login
 * is not what is measured), walks their journey again and again with a person's pause between pages, and every
 * answer is checked to be the real page, not an error page. Run by LoadBenchmark.
 */
public class JourneysSimulation extends Simulation {

    static final String BASELINE = "baseline: public start page";

    private static final String APP = "/brobygger/";
    private static final Duration THINK = Duration.ofMillis(1000);

    /** The run's settings and signed-in sessions, set by LoadBenchmark before Gatling makes the simulation. */
    private static int users;
    private static int seconds;
    private static long students;
    private static List<Long> someStudents;

    /** The signed-in sessions of each demo person, kept from run to run as people go on working. */
    private static final Map<String, List<String>> SESSIONS = new HashMap<>();

    /**
     * Signs in the sessions for a run of {@code users} concurrent people for {@code seconds}: a tenth on the
     * baseline page, the rest in equal parts on the six journeys, each as its demo person.
     */
    static void prepare(int users, int seconds) throws Exception {
        JourneysSimulation.users = users;
        JourneysSimulation.seconds = seconds;
        for (String person : List.of(NationalData.CONTACT_PERSON, NationalData.SUPERVISOR, NationalData.MENTOR,
                NationalData.STUDENT, NationalData.LEADER, NationalData.DATA_PROTECTION_OFFICER)) {
            List<String> own = SESSIONS.computeIfAbsent(person, p -> new ArrayList<>());
            while (own.size() < perJourney()) {
                own.add(SignedInClient.signIn(DemoUsers.fromRealm().byUsername(person)).sessionId());
            }
        }
        students = TestRecords.count("SELECT count(*) FROM student");
        someStudents = TestRecords.lines("SELECT id FROM student WHERE student_number LIKE 'N%'"
                + " ORDER BY random() LIMIT 500").stream().map(Long::valueOf).toList();
    }

    private static int perJourney() {
        return (users - users / 10) / 6;
    }

    public JourneysSimulation() {
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(scenario("baseline")
                .exec(during(Duration.ofSeconds(seconds)).on(exec(get(BASELINE, "")).pause(THINK)))
                .injectOpen(rampUsers(users - 6 * perJourney()).during(Duration.ofSeconds(5))));
        populations.add(journey("contact person", NationalData.CONTACT_PERSON,
                exec(get("contact person: my students", "contact/index.xhtml")
                        .check(regex("view\\.xhtml\\?id=(\\d+)").findRandom().saveAs("student"))),
                exec(get("contact person: a student's page", "students/view.xhtml?id=#{student}")),
                exec(form("contact person: the open case", "students/case.xhtml?id=#{student}", "journal")),
                exec(post("contact person: write in the journal", "journal", "add", Map.of(
                        "journal:entryDate", LocalDate.now().toString(),
                        "journal:entryText", "Opfølgning efter samtale med eleven."))
                        .check(substring("Notatet er gemt")))));
        populations.add(journey("training supervisor", NationalData.SUPERVISOR,
                exec(get("training supervisor: my students", "supervisor/index.xhtml")
                        .check(regex("view\\.xhtml\\?id=(\\d+)").findRandom().saveAs("student"))),
                exec(get("training supervisor: a student's page (consented view)",
                        "students/view.xhtml?id=#{student}"))));
        populations.add(journey("mentor", NationalData.MENTOR,
                exec(get("mentor: my mentees", "mentor/index.xhtml")
                        .check(regex("log\\.xhtml\\?student=(\\d+)").findRandom().saveAs("student"))),
                exec(form("mentor: log a session (form)", "mentor/log.xhtml?student=#{student}", "log")),
                exec(post("mentor: log a session (save)", "log", "save", Map.of(
                        "log:heldOn", LocalDate.now().toString(), "log:minutes", "30",
                        "log:topics", "WELL_BEING", "log:summary", "Samtale om trivsel og vagtplan."))
                        .check(substring("Samtalen er gemt")))));
        populations.add(journey("student", NationalData.STUDENT,
                exec(get("student: my page", "student/index.xhtml")),
                exec(get("student: who has seen my data", "student/access.xhtml"))));
        populations.add(journey("education leader", NationalData.LEADER,
                exec(form("education leader: all students", "leader/index.xhtml", "students")),
                exec(post("education leader: search by name", "students", "search",
                        Map.of("students:text", "sen"))),
                exec(session -> session.set("first", ThreadLocalRandom.current().nextLong(students / 25) * 25))
                        .exec(ajax("education leader: page through all students", "students", "students:table",
                                "students:table", "students:table", Map.of("students:table_pagination", "true",
                                        "students:table_first", "#{first}", "students:table_rows", "25",
                                        "students:table_skipChildren", "true",
                                        "students:table_encodeFeature", "true")))));
        populations.add(journey("data protection officer", NationalData.DATA_PROTECTION_OFFICER,
                exec(form("data protection officer: the audit trail", "dpo/index.xhtml", "audit")),
                exec(session -> session.set("about",
                        someStudents.get(ThreadLocalRandom.current().nextInt(someStudents.size()))))
                        .exec(ajax("data protection officer: search by student", "audit", "audit:search", "audit",
                                "audit:events", Map.of("audit:search", "audit:search", "audit:student", "#{about}",
                                        "audit:username", "", "audit:from", "", "audit:to", "")))));
        setUp(populations).protocols(http.baseUrl("http://localhost:8080").acceptLanguageHeader("da")
                .disableCaching());
    }

    /**
     * A person's journey: their own signed-in session (a session cookie, as the browser would send it), then the
     * steps in order, again and again, with a pause after each.
     */
    private static PopulationBuilder journey(String name, String person, ChainBuilder... steps) {
        List<String> own = SESSIONS.get(person).subList(0, perJourney());
        Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
                .map(i -> Map.<String, Object>of("session", own.get(i % own.size()))).iterator();
        List<ChainBuilder> chain = Stream.of(steps).map(step -> step.pause(THINK)).toList();
        ScenarioBuilder scenario = scenario(name).feed(feeder)
                .exec(addCookie(Cookie("JSESSIONID", "#{session}").withDomain("localhost").withPath("/brobygger")
                        .withSecure(false)))
                .exec(during(Duration.ofSeconds(seconds)).on(exec(chain)));
        return scenario.injectOpen(rampUsers(perJourney()).during(Duration.ofSeconds(5)));
    }

    /** A page, checked to be the page asked for (a failure ends on an error page elsewhere). */
    private static HttpRequestActionBuilder get(String name, String path) {
        String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return http(name).get(APP + path).check(status().is(200))
                .check(currentLocationRegex(".*" + APP + page.replace(".", "\\.") + "(\\?.*)?"));
    }

    /** A page with a form to post next: keeps its action, view state and the page's CSP nonce. */
    private static HttpRequestActionBuilder form(String name, String path, String formId) {
        return get(name, path)
                .check(css("form#" + formId, "action").saveAs("action"))
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                .check(css("input[name='primefaces.nonce']", "value").saveAs("nonce"));
    }

    /** Posts the form kept by {@link #form} with the given button and fields, as the browser would. */
    private static HttpRequestActionBuilder post(String name, String formId, String button,
                                                 Map<String, String> fields) {
        HttpRequestActionBuilder post = http(name).post("#{action}").formParam(formId, formId)
                .formParam(formId + ":" + button, button).formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            post = post.formParam(field.getKey(), field.getValue());
        }
        return post.check(status().is(200));
    }

    /**
     * A PrimeFaces ajax request from the form kept by {@link #form}, sent by {@code source}: {@code execute}
     * processed, {@code render} answered, checked to be a partial answer that renders it.
     */
    private static HttpRequestActionBuilder ajax(String name, String formId, String source, String execute,
                                                 String render, Map<String, String> fields) {
        HttpRequestActionBuilder post = http(name).post("#{action}").header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render).formParam(formId, formId)
                .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            post = post.formParam(field.getKey(), field.getValue());
        }
        return post.check(status().is(200)).check(substring("<partial-response"))
                .check(substring("id=\"" + render + "\""));
    }
}
