package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.brobygger.stack.EdgesIT.Html;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A day in the life: one student's cycle through every role, each step done on the pages as its person does it
 * (signed in on Keycloak's real login form): the education leader imports the student, links the account the
 * student signed in with, creates a placement, registers a period and assigns a contact person and a mentor; the
 * contact person records a need, proposes an offer, opens a case and writes in its journal; the student consents
 * to share the need with the period's supervisors, says yes to the offer and reads who has seen their data; the
 * supervisor sees what was shared; the mentor logs a session that asks for a follow-up; the contact person handles
 * it; the data protection officer verifies the audit trail, checks a signed checkpoint of it and exports the
 * student's part of it; the student signs out on another device, which ends her session here too, and signs in
 * again. After each step every page of every role involved so far still opens.
 *
 * <p>Direct database writes: none in the cycle. Keycloak's admin API stands in for the other device. One setup statement frees the account of elev.hassan from any
 * student an earlier test linked it to, so that the leader can link it to this test's student (the application
 * refuses to link an account another student has). Every id the test uses is read from the pages; the database is
 * read once, for how many lines the student's access log has.
 */
@ExtendWith(ArquillianExtension.class)
class DayInTheLifeIT {

    private static final DemoUsers DEMO = DemoUsers.fromRealm();
    private static final String LEADER = "ul.christensen";
    private static final String CONTACT = "kp.hansen";
    private static final String SUPERVISOR = "ov.nielsen";
    private static final String MENTOR = "mentor.andersen";
    private static final String STUDENT = "elev.hassan";
    private static final String DPO = "dpo.madsen";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** This run's own texts, so that nothing another test wrote can be mistaken for them. */
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    private final String studentNumber = "DL" + tag;
    private final String description = "Dansk er andetsprog, laeser langsomt " + tag;
    private final String accommodations = "Skriftlige beskeder ved vagtskifte " + tag;
    private final String journalText = "Forventningssamtale om oplaeringen " + tag;
    private final String summary = "Talte om de foerste vagter " + tag;
    private final String followUp = "Bekymret for nattevagterne, kan du tage en snak? " + tag;

    /** Everyone of the day, signed in once at its start (which also registers their profile, as a first sign-in). */
    private final Map<String, SignedInClient> clients = new LinkedHashMap<>();
    /** The pages of each person involved so far, that must open after every step; grows as the day goes. */
    private final Map<String, List<String>> pages = new LinkedHashMap<>();

    private long student;
    private long placement;
    private long period;
    private long need;
    private long offer;
    private long consent;
    private long task;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void oneStudentsCycleThroughEveryRoleWorksOnThePagesAndEveryPageKeepsOpening() throws Exception {
        for (String username : List.of(LEADER, CONTACT, SUPERVISOR, MENTOR, STUDENT, DPO)) {
            clients.put(username, SignedInClient.signIn(DEMO.byUsername(username)));
        }

        theLeaderImportsPlacesAndAssigns();
        everyPageOpens("1 (education leader)");

        theContactPersonRecordsANeedProposesAnOfferAndWritesInTheJournal();
        everyPageOpens("2 (contact person)");

        theStudentConsentsAnswersTheOfferAndSeesWhoHasSeenTheirData();
        everyPageOpens("3 (student)");

        theSupervisorSeesTheSharedNeed();
        everyPageOpens("4 (training supervisor)");

        theSupervisorAndTheStudentAssessTheMidterm();
        everyPageOpens("4b (training supervisor and student, the training plan)");

        theMentorLogsASessionWithAFollowUp();
        everyPageOpens("5 (mentor)");

        theContactPersonHandlesTheFollowUp();
        everyPageOpens("6 (contact person)");

        theDataProtectionOfficerVerifiesTheChainAndExports();
        everyPageOpens("7 (data protection officer)");

        theStudentDownloadsHerCopyAndTheOfficerAnswersAnAccessRequest();
        everyPageOpens("7b (student and data protection officer, a copy of her data)");

        theStudentSignsOutElsewhereAndBackIn();
        everyPageOpens("8 (student, signed in again)");

        theContactPersonsToolReadsTheStudentThroughTheApi();
        everyPageOpens("9 (contact person, through the API)");

        theSupervisorsToolSeesOnlyWhatIsConsentedAndTheSchoolsSystemImports();
        everyPageOpens("10 (supervisor and the school's system, through the API)");
    }

    /**
     * Step 9: the contact person's tool, with her token from the realm, finds the student in her list and reads her
     * record through the API: the same gate, the same audit trail as her pages.
     */
    private void theContactPersonsToolReadsTheStudentThroughTheApi() throws Exception {
        String token = ApiIT.token(CONTACT);
        HttpResponse<String> list = ApiIT.get("students?q=" + studentNumber, token);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":" + student), "her student, found: " + list.body());
        String views = "SELECT count(*) FROM audit_event WHERE actor_username = ? AND student_id = ?"
                + " AND action = 'VIEW' AND outcome = 'ALLOWED'";
        long before = TestRecords.count(views, CONTACT, student);
        HttpResponse<String> record = ApiIT.get("students/" + student, token);
        assertEquals(200, record.statusCode(), record.body());
        assertEquals("FULL", ApiIT.json(record.body()).getString("view"));
        assertEquals(before + 1, TestRecords.count(views, CONTACT, student),
                "the API's read is in her trail as a page's would be");
    }

    /**
     * Step 10: the supervisor's tool gets the shared need at the level consented to, as her page shows it; the
     * school's system imports a correction of the student's team (the import's file, as JSON), and her record
     * shows it.
     */
    private void theSupervisorsToolSeesOnlyWhatIsConsentedAndTheSchoolsSystemImports() throws Exception {
        HttpResponse<String> needs = ApiIT.get("students/" + student + "/needs", ApiIT.token(SUPERVISOR));
        assertEquals(200, needs.statusCode(), needs.body());
        assertTrue(needs.body().contains(accommodations) && !needs.body().contains(description), needs.body());

        String team = "API-" + tag;
        String line = "[{\"studentNumber\": \"" + studentNumber + "\", \"firstName\": \"Dagny\", \"lastName\":"
                + " \"Hverdag\", \"birthDate\": \"2003-03-14\", \"programme\": \"SSA\", \"site\": \"Herlev\","
                + " \"team\": \"" + team + "\", \"startDate\": \"" + TODAY.minusMonths(4) + "\"}]";
        HttpResponse<String> imported = ApiIT.send(ApiIT.post("student-imports", ApiIT.integrationToken(),
                "application/json", line));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, ApiIT.json(imported.body()).getInt("changed"), imported.body());
        assertTrue(opened(clients.get(CONTACT), studentPage()).body().contains(team), "the record shows the team");
    }

    /** Step 1: import, find, placement with its supervisor, period, contact person and mentor. */
    private void theLeaderImportsPlacesAndAssigns() throws Exception {
        SignedInClient leader = clients.get(LEADER);

        // Setup, not part of the cycle: an earlier test may have linked elev.hassan to a student of its own, and the
        // application (rightly) refuses an account another student has. TestRecords.linkAccount does the same first.
        TestRecords.update("UPDATE student SET account_id = NULL WHERE account_id"
                + " = (SELECT id FROM user_profile WHERE username = ?)", STUDENT);
        String file = "Elevnummer;Fornavn;Efternavn;Fødselsdato;Køn;Uddannelse;Skole;Hold;Startdato\n"
                + studentNumber + ";Dagny;Hverdag;14-03-2003;K;SSA;Herlev;SSA-DAG;"
                + TODAY.minusMonths(4).format(FILE_DATE) + "\n";
        HttpResponse<String> preview = leader.upload(opened(leader, "leader/import.xhtml"), "upload", "check", "file",
                "elever.csv", file.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.body().contains("id=\"confirm\"") && preview.body().contains(studentNumber),
                "the file is ready to import: " + preview.body());
        HttpResponse<String> imported = leader.submit(preview, "confirm", "import", Map.of());
        assertTrue(text(imported).contains("Eleverne er indlæst: 1 nye, 0 ændret"), imported.body());

        HttpResponse<String> found = leader.submit(opened(leader, "leader/index.xhtml"), "students", "search",
                Map.of("students:text", studentNumber));
        Set<String> ids = all("students/view\\.xhtml\\?id=(\\d+)", found.body());
        assertEquals(1, ids.size(), "the search by number finds the new student once: " + found.body());
        student = Long.parseLong(ids.iterator().next());

        // the student has signed in (setUp), so their account's subject is known and the leader can link it
        HttpResponse<String> linked = leader.submit(opened(leader, studentPage("account")), "account", "link",
                Map.of("account:accountUsername", STUDENT));
        assertTrue(text(linked).contains("Kontoen er knyttet til eleven.") && text(linked).contains(STUDENT),
                linked.body());

        String placementName = "Plejecenter Hverdag " + tag;
        HttpResponse<String> created = leader.submit(opened(leader, "leader/placement.xhtml"), "placement", "save",
                Map.of("placement:name", placementName, "placement:type", "NURSING_HOME", "placement:size", "SMALL",
                        "placement:area", "Herlev", "placement:specialities", "DEMENTIA"));
        assertTrue(text(created).contains("Oplæringsstedet er oprettet."), created.body());
        placement = Long.parseLong(first("[?&]id=(\\d+)", created.uri().toString(), "the new placement's id"));
        HttpResponse<String> supervised = leader.submit(created, "supervisor", "add",
                Map.of("supervisor:supervisor", SUPERVISOR));
        assertTrue(text(supervised).contains("Oplæringsvejlederen er tilføjet."), supervised.body());

        HttpResponse<String> registered = leader.submit(opened(leader, studentPage("period")), "period", "save",
                Map.of("period:placement", String.valueOf(placement), "period:code", "1a",
                        "period:start", TODAY.toString(), "period:end", TODAY.plusDays(60).toString()));
        assertTrue(text(registered).contains("Oplæringsperioden er registreret."), registered.body());
        period = Long.parseLong(first("leader/period\\.xhtml\\?id=(\\d+)", registered.body(), "the period's link"));

        HttpResponse<String> contact = leader.submit(opened(leader, studentPage("assignments")), "assign", "save",
                Map.of("assign:username", CONTACT, "assign:kind", "CONTACT_PERSON",
                        "assign:from", TODAY.toString()));
        assertTrue(text(contact).contains("Tilknytningen er gemt."), contact.body());
        HttpResponse<String> mentor = leader.submit(opened(leader, studentPage("assignments")), "assign", "save",
                Map.of("assign:username", MENTOR, "assign:kind", "MENTOR", "assign:mentorType", "INDIVIDUAL",
                        "assign:cadence", "WEEKLY", "assign:from", TODAY.toString(),
                        "assign:to", TODAY.plusDays(90).toString()));
        assertTrue(text(mentor).contains("Tilknytningen er gemt."), mentor.body());
        String record = text(opened(leader, studentPage()));
        assertTrue(record.contains(DEMO.byUsername(CONTACT).name()) && record.contains(DEMO.byUsername(MENTOR).name())
                && record.contains(placementName), "the student's page shows who follows them and where: " + record);

        involve(LEADER, "leader/index.xhtml", "leader/placements.xhtml", "leader/people.xhtml",
                "leader/offers.xhtml", "leader/mentors.xhtml", "leader/import.xhtml", "leader/dropout.xhtml",
                "leader/offer-report.xhtml", "leader/mentoring-report.xhtml", "reports/consent.xhtml",
                "leader/plan-report.xhtml", "leader/goals.xhtml",
                "leader/placement.xhtml?id=" + placement, "leader/period.xhtml?id=" + period, studentPage(),
                studentPage("period"), studentPage("assignments"), studentPage("account"));
    }

    /** Step 2: a need, an offer proposed for it, a case and a journal note. */
    private void theContactPersonRecordsANeedProposesAnOfferAndWritesInTheJournal() throws Exception {
        SignedInClient karen = clients.get(CONTACT);
        opened(karen, "contact/index.xhtml");

        HttpResponse<String> recorded = karen.submit(opened(karen, "students/need.xhtml?student=" + student), "need",
                "save", Map.of("need:category", "LANGUAGE", "need:description", description,
                        "need:accommodations", accommodations, "need:source", "INTERVIEW", "need:status", "ACTIVE"));
        assertTrue(text(recorded).contains("Behovet er registreret.") && recorded.body().contains(description),
                recorded.body());
        need = Long.parseLong(first("students/need\\.xhtml\\?id=(\\d+)", recorded.body(), "the need's link"));

        HttpResponse<String> choices = opened(karen, "students/propose-offer.xhtml?student=" + student);
        Matcher choice = Pattern.compile("value=\"(\\d+)\"[^>]*>\\s*<label[^>]*>([^<]*omsorgssprog[^<]*)<")
                .matcher(text(choices));
        assertTrue(choice.find(), "Danish care language is offered: " + choices.body());
        assertTrue(choice.group(2).contains("passer til elevens behov"), "and suggested for a language need: "
                + choice.group(2));
        HttpResponse<String> proposed = karen.submit(choices, "propose", "propose", Map.of("propose:offer",
                choice.group(1), "propose:needs", String.valueOf(need), "propose:note", "Aftalt til samtalen " + tag));
        assertTrue(text(proposed).contains("Indsatsen er foreslået eleven."), proposed.body());
        offer = Long.parseLong(first("students/offer\\.xhtml\\?id=(\\d+)", proposed.body(), "the offer's link"));

        HttpResponse<String> caseOpened = karen.submit(opened(karen, studentPage("case")), "case", "open", Map.of());
        assertTrue(text(caseOpened).contains("Sagen er oprettet."), caseOpened.body());
        HttpResponse<String> written = karen.submit(opened(karen, studentPage("case")), "journal", "add",
                Map.of("journal:entryDate", TODAY.toString(), "journal:entryText", journalText));
        assertTrue(text(written).contains("Notatet er gemt.") && written.body().contains(journalText),
                written.body());

        involve(CONTACT, "contact/index.xhtml", "contact/tasks.xhtml", studentPage(), studentPage("case"),
                "students/need.xhtml?id=" + need, "students/need.xhtml?student=" + student,
                "students/propose-offer.xhtml?student=" + student, "students/offer.xhtml?id=" + offer,
                "students/new-consent.xhtml?student=" + student);
    }

    /** Step 3: consent to the period's supervisors, yes to the offer, and the access log. */
    private void theStudentConsentsAnswersTheOfferAndSeesWhoHasSeenTheirData() throws Exception {
        SignedInClient ali = clients.get(STUDENT);
        String own = opened(ali, "student/index.xhtml").body();
        assertTrue(own.contains(description) && own.contains("students/offer.xhtml?id=" + offer),
                "the student's own page shows the need and the proposal: " + own);

        HttpResponse<String> form = opened(ali, "students/new-consent.xhtml?student=" + student);
        assertTrue(form.body().contains("value=\"period:" + period + "\""), "the period is a recipient: "
                + form.body());
        HttpResponse<String> consentText = ali.submit(form, "consent", "show", Map.of("consent:recipient",
                "period:" + period, "consent:needs", String.valueOf(need), "consent:level", "ACCOMMODATIONS",
                "consent:purpose", "At tilpasse oplaeringen"));
        assertTrue(consentText.body().contains("id=\"consent-text\"") && consentText.body().contains(accommodations),
                consentText.body());
        assertFalse(consentText.body().contains(description), "accommodations only: the text does not share more");
        HttpResponse<String> given = ali.submit(consentText, "answer", "give", Map.of());
        assertTrue(text(given).contains("Samtykket er givet."), given.body());
        consent = Long.parseLong(first("students/consent\\.xhtml\\?id=(\\d+)", given.body(), "the consent's link"));

        HttpResponse<String> answered = ali.submit(opened(ali, "students/offer.xhtml?id=" + offer), "change",
                "steps:0:to", Map.of()); // the first of the steps: AGREED, "Ja tak"
        assertTrue(text(answered).contains("Indsatsen er aftalt."), answered.body());
        assertTrue(text(opened(ali, "students/offer.xhtml?id=" + offer)).contains("id=\"offer-status\">Aftalt<"),
                "the offer is agreed");

        String karen = DEMO.byUsername(CONTACT).name();
        List<String> karensLines = accessLog(ali).stream().filter(line -> line.contains(karen)).toList();
        List<String> missing = new ArrayList<>();
        for (String action : List.of("Registrerede et særligt behov", "Foreslog en indsats", "Oprettede en sag",
                "Skrev i sagens journal")) {
            if (karensLines.stream().noneMatch(line -> line.contains(action) && line.contains("Kontaktperson"))) {
                missing.add(action);
            }
        }
        assertEquals(List.of(), missing, "the contact person's actions on the student's access log: " + karensLines);

        involve(STUDENT, "student/index.xhtml", "student/access.xhtml", studentPage(),
                "students/offer.xhtml?id=" + offer, "students/consent.xhtml?id=" + consent,
                "students/new-consent.xhtml?student=" + student);
        involve(CONTACT, "students/consent.xhtml?id=" + consent);
    }

    /** Step 4: the supervisor of the period sees the shared need's accommodations, and the offer that answers it. */
    private void theSupervisorSeesTheSharedNeed() throws Exception {
        String page = opened(clients.get(SUPERVISOR), studentPage()).body();

        assertTrue(page.contains("id=\"shared-needs\"") && page.contains(accommodations), page);
        assertFalse(page.contains(description), "accommodations only: never the description");
        assertFalse(page.contains(journalText), "never the case journal");
        assertTrue(page.contains("omsorgssprog"), "the agreed offer linked to the shared need: " + page);

        involve(SUPERVISOR, "supervisor/index.xhtml", studentPage());
    }

    /**
     * Step 4b: the supervisor agrees the plan's dates and writes the midterm assessment; the student adds their own
     * view and confirms, which completes it; the contact person sees the plan has moved on.
     */
    private void theSupervisorAndTheStudentAssessTheMidterm() throws Exception {
        String plan = "plan/index.xhtml?period=" + period;
        String midterm = "plan/assessment.xhtml?period=" + period + "&kind=MIDTERM";
        SignedInClient anne = clients.get(SUPERVISOR);
        assertTrue(opened(anne, "supervisor/index.xhtml").body().contains(plan), "the plan is on her start page");
        HttpResponse<String> agreed = anne.submit(opened(anne, plan), "plan", "save", Map.of("plan:midterm",
                TODAY.toString(), "plan:last", TODAY.plusDays(50).toString()));
        assertTrue(text(agreed).contains("Planen er gemt."), agreed.body());
        Map<String, Object> marks = new LinkedHashMap<>(Map.of("assessment:heldOn", TODAY.toString(),
                "assessment:summary", "Godt i gang " + tag));
        Map<String, Object> own = new LinkedHashMap<>(Map.of("assessment:studentSummary", "Enig " + tag));
        for (int goal = 0; goal < 20; goal++) {
            marks.put("assessment:goals:" + goal + ":onLevel", "true");
            own.put("assessment:goals:" + goal + ":studentOnLevel", "true");
        }
        HttpResponse<String> assessed = anne.submit(opened(anne, midterm), "assessment", "confirm", marks);
        assertTrue(text(assessed).contains("Vurderingen er gemt."), assessed.body());

        SignedInClient ali = clients.get(STUDENT);
        HttpResponse<String> completed = ali.submit(opened(ali, midterm), "assessment", "confirm", own);
        assertTrue(text(completed).contains("Vurderingen er afsluttet") && text(completed).contains("Godt i gang "
                + tag), completed.body());
        assertTrue(text(opened(clients.get(CONTACT), plan)).contains("Midtvejssamtalen er holdt"));

        involve(SUPERVISOR, plan, midterm);
        involve(STUDENT, plan, midterm);
        involve(CONTACT, plan, midterm);
    }

    /** Step 5: the mentor logs a session, shares its summary and asks the contact person to follow up. */
    private void theMentorLogsASessionWithAFollowUp() throws Exception {
        SignedInClient mette = clients.get(MENTOR);
        opened(mette, "mentor/index.xhtml");

        HttpResponse<String> logged = mette.submit(opened(mette, "mentor/log.xhtml?student=" + student), "log",
                "save", Map.of("log:heldOn", TODAY.toString(), "log:minutes", "45", "log:topics", "PLACEMENT",
                        "log:summary", summary, "log:share", "true", "log:followUp", "true",
                        "log:followUpMessage", followUp));
        assertTrue(text(logged).contains("kontaktpersonen har fået en opgave"), logged.body());

        involve(MENTOR, "mentor/index.xhtml", studentPage(), "mentor/log.xhtml?student=" + student);
    }

    /** Step 6: the follow-up is in the contact person's task list; she marks it done with a note. */
    private void theContactPersonHandlesTheFollowUp() throws Exception {
        SignedInClient karen = clients.get(CONTACT);
        String list = opened(karen, "contact/tasks.xhtml").body();
        String row = Arrays.stream(list.split("<tr")).filter(r -> r.contains(followUp)).findFirst()
                .orElseGet(() -> fail("the follow-up is in the task list: " + list));
        task = Long.parseLong(first("contact/task\\.xhtml\\?id=(\\d+)", row, "the task's link"));

        HttpResponse<String> page = opened(karen, "contact/task.xhtml?id=" + task);
        assertTrue(page.body().contains(followUp), "the mentor's message: " + page.body());
        HttpResponse<String> done = karen.submit(page, "task", "done",
                Map.of("task:note", "Ringet til Dagny, aftalt besoeg paa stedet " + tag));
        assertTrue(text(done).contains("Opgaven er markeret som udført."), done.body());
        String after = opened(karen, "contact/task.xhtml?id=" + task).body();
        assertFalse(after.contains("id=\"task\""), "a done task has no form left: " + after);
        assertTrue(after.contains("aftalt besoeg paa stedet " + tag), after);
        assertTrue(opened(karen, studentPage()).body().contains(summary), "the shared summary reaches her");

        involve(CONTACT, "contact/task.xhtml?id=" + task);
    }

    /** Step 7: the chain is intact, and the student's trail holds every role's part of the day. */
    private void theDataProtectionOfficerVerifiesTheChainAndExports() throws Exception {
        SignedInClient dpo = clients.get(DPO);
        String verified = Html.text(ChainChecks.verify(dpo));
        assertTrue(verified.contains("Revisionssporet er intakt."), verified);
        // a checkpoint of the chain's head, kept outside and checked again later the same day
        String checkpoint = dpo.submit(opened(dpo, "dpo/index.xhtml"), "checkpoint", "make", Map.of()).body().strip();
        assertTrue(checkpoint.startsWith("brobygger-audit-checkpoint/1 "), checkpoint);
        HttpResponse<String> holds = dpo.submit(opened(dpo, "dpo/index.xhtml"), "checkpointCheck", "check",
                Map.of("checkpointCheck:line", checkpoint));
        assertTrue(text(holds).contains("Kontrolpunktet holder"), text(holds));

        HttpResponse<String> csv = dpo.submit(opened(dpo, "dpo/index.xhtml"), "audit", "export",
                Map.of("audit:student", String.valueOf(student)));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        List<String[]> lines = csv.body().lines().skip(1).map(line -> line.split(";", -1))
                .filter(cells -> cells.length > 4).toList();
        Set<String> done = lines.stream().map(cells -> cells[1] + " " + cells[4])
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> missing = new ArrayList<>();
        for (String expected : List.of(LEADER + " CREATE", LEADER + " LINK_ACCOUNT", LEADER + " REGISTER_PERIOD",
                LEADER + " ASSIGN",
                CONTACT + " RECORD_NEED", CONTACT + " PROPOSE_OFFER", CONTACT + " OPEN_CASE",
                CONTACT + " WRITE_JOURNAL", STUDENT + " GIVE_CONSENT", STUDENT + " ANSWER_OFFER",
                STUDENT + " READ_ACCESS_LOG", SUPERVISOR + " VIEW_NEEDS", MENTOR + " LOG_SESSION",
                CONTACT + " COMPLETE_TASK")) {
            if (!done.contains(expected)) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing, "the day in the student's trail: " + done);
        assertTrue(csv.body().lines().anyMatch(line -> line.contains(";" + SUPERVISOR + ";")
                && line.contains(";VIEW_NEEDS;") && line.contains("LANGUAGE:ACCOMMODATIONS")),
                "the supervisor's view is audited with what was seen");

        involve(DPO, "dpo/index.xhtml", "reports/consent.xhtml");
    }

    /**
     * Step 7b: the student downloads the copy of everything held about her, the day included; the data protection
     * officer registers her access request made by phone, produces the same copy for it and closes it.
     */
    private void theStudentDownloadsHerCopyAndTheOfficerAnswersAnAccessRequest() throws Exception {
        SignedInClient ali = clients.get(STUDENT);
        HttpResponse<byte[]> own = ali.download(opened(ali, "student/index.xhtml"), "copy", "download", Map.of());
        Map<String, byte[]> files = DataCopyIT.unzip(own.body());
        String data = new String(files.get("data.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(data.contains(description) && data.contains(accommodations), "her need, every version: " + data);
        assertTrue(data.contains("\"action\": \"VIEW_NEEDS\"") && data.contains("\"organisation\""),
                "who has seen it, and from where");
        assertTrue(!data.contains(journalText) && !data.contains(summary),
                "not the journal, nor the mentor's summary she does not read");

        SignedInClient dpo = clients.get(DPO);
        HttpResponse<String> registered = dpo.submit(opened(dpo, "dpo/requests.xhtml"), "request", "register",
                Map.of("request:student", studentNumber, "request:kind", "ACCESS", "request:received",
                        TestRecords.TODAY.toString(), "request:note", "Ringede " + tag));
        assertTrue(text(registered).contains("Anmodningen er registreret."), text(registered));
        // registering leads on to the request's own page
        String request = registered.uri().toString().substring(TestStack.APPLICATION_URL.length());
        assertTrue(request.startsWith("dpo/request.xhtml?id="), request);
        HttpResponse<byte[]> copy = dpo.download(opened(dpo, request), "copy", "produce",
                Map.of("copy:reason", "Anmodning om indsigt pr. telefon", "copy:language", "DA"));
        assertTrue(new String(DataCopyIT.unzip(copy.body()).get("data.json"),
                java.nio.charset.StandardCharsets.UTF_8).contains(description), "the same copy");
        HttpResponse<String> closed = dpo.submit(opened(dpo, request), "close", "save", Map.of("close:result", "DONE",
                "close:outcome", "Kopien er sendt med Digital Post"));
        assertTrue(text(closed).contains("Anmodningen er afsluttet."), text(closed));

        involve(STUDENT, "student/index.xhtml");
        involve(DPO, "dpo/requests.xhtml", request);
    }

    /**
     * Step 8: the student signs out on another device (Keycloak ends her session, here through its admin API):
     * her session here ends at its next request, and she signs in again to her own page.
     */
    private void theStudentSignsOutElsewhereAndBackIn() throws Exception {
        KeycloakAdmin.signIn().signOut(STUDENT);
        HttpResponse<String> ended = clients.get(STUDENT).get("student/index.xhtml");
        assertEquals(URI.create(TestStack.APPLICATION_URL), ended.uri(), "her session here ended with Keycloak's");

        clients.put(STUDENT, SignedInClient.signIn(DEMO.byUsername(STUDENT)));
        assertTrue(opened(clients.get(STUDENT), "student/index.xhtml").body().contains(description),
                "and she is back on her own page");
    }

    /**
     * Every page of every person involved so far opens: status 200, no redirect elsewhere (to the sign-in or the
     * no-access page) and not the error page. All failures are collected, so that one run shows them all.
     */
    private void everyPageOpens(String step) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> person : pages.entrySet()) {
            SignedInClient client = clients.get(person.getKey());
            for (String page : person.getValue()) {
                HttpResponse<String> response = client.get(page);
                String problem = response.statusCode() != 200 ? "status " + response.statusCode()
                        : !response.uri().toString().equals(TestStack.APPLICATION_URL + page)
                        ? "ended at " + response.uri()
                        : response.body().contains("id=\"error-title\"") ? "the error page" : null;
                if (problem != null) {
                    failures.add(person.getKey() + " " + page + " -> " + problem);
                }
            }
        }
        assertEquals(List.of(), failures, "after step " + step);
    }

    /** Adds pages to those a person opens after every step from now on. */
    private void involve(String username, String... more) {
        List<String> theirs = pages.computeIfAbsent(username, u -> new ArrayList<>());
        for (String page : more) {
            if (!theirs.contains(page)) {
                theirs.add(page);
            }
        }
    }

    /**
     * The student's "who has seen my data", every line of it: the first page as it opens, the further pages as the
     * table's paginator asks for them (the same ajax request the benchmark makes for the leader's list). Newest
     * first, so the contact person's actions are pages down by now.
     */
    private List<String> accessLog(SignedInClient ali) throws Exception {
        HttpResponse<String> page = opened(ali, "student/access.xhtml");
        List<String> lines = rows(page.body());
        long total = TestRecords.count("SELECT count(*) FROM audit_event WHERE student_id = ?"
                + " AND actor_username <> ?", student, STUDENT);
        for (long first = 25; first < total; first += 25) {
            HttpResponse<String> next = ali.submit(opened(ali, "student/access.xhtml"), "access", "accesses",
                    Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "access:accesses",
                            "jakarta.faces.partial.execute", "access:accesses",
                            "jakarta.faces.partial.render", "access:accesses", "access:accesses_pagination", "true",
                            "access:accesses_first", String.valueOf(first), "access:accesses_rows", "25",
                            "access:accesses_skipChildren", "true", "access:accesses_encodeFeature", "true"));
            assertEquals(200, next.statusCode(), next.body());
            lines.addAll(rows(next.body()));
        }
        return lines;
    }

    /** The table rows of a page or partial response, with æ, ø, å as letters. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>(Arrays.asList(Html.text(html).split("<tr")));
        rows.remove(0);
        return rows;
    }

    private static HttpResponse<String> opened(SignedInClient client, String page) throws Exception {
        HttpResponse<String> response = client.get(page);
        assertEquals(200, response.statusCode(), page + ": " + response.body());
        return response;
    }

    private String studentPage() {
        return studentPage("view");
    }

    /** One of the student's pages: the record ("view") or a use case on it ("period", "assignments", "case"). */
    private String studentPage(String page) {
        return "students/" + page + ".xhtml?id=" + student;
    }

    private static String text(HttpResponse<String> response) {
        return Html.text(response.body());
    }

    private static String first(String regex, String in, String what) {
        Matcher matcher = Pattern.compile(regex).matcher(in);
        if (!matcher.find()) {
            fail("no " + what + " in: " + in);
        }
        return matcher.group(1);
    }

    private static Set<String> all(String regex, String in) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(in);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
