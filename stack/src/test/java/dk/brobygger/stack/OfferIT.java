package dk.brobygger.stack;

import static dk.brobygger.stack.TestRecords.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue of support offers and offers for a student: the seeded catalogue in both languages, suggestions
 * from the student's needs, the offer's life with its refusals, and who sees an offer.
 */
@ExtendWith(ArquillianExtension.class)
class OfferIT {

    /** The buttons of the offer page, in the page's order. */
    private static final List<String> STEPS = List.of("AGREED", "ACTIVE", "COMPLETED", "DECLINED", "CANCELLED");

    private static final DemoUsers DEMO = DemoUsers.fromRealm();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theSeededCatalogueIsThereInDanishAndEnglishWithEveryRecommendation() throws Exception {
        SignedInClient leader = client("ul.christensen");

        String danish = leader.get("leader/offers.xhtml").body();
        String english = leader.get("leader/offers.xhtml?lang=en").body();

        assertTrue(danish.contains("Oplæringsforberedende dag") || danish.contains("Opl&aelig;ringsforberedende dag"),
                danish);
        assertTrue(english.contains("Placement preparation day"), english);
        assertTrue(english.contains("Longer study time at the placement"), english);
        assertEquals(8, TestRecords.count("SELECT count(DISTINCT recommendation) FROM support_offer"));
        assertEquals(3, TestRecords.count("SELECT count(*) FROM support_offer WHERE task_anchor IS NOT NULL"),
                "the preparation day, the follow-up call and the reflection day give tasks");
        assertEquals(403, client("kp.hansen").get("leader/offers.xhtml").statusCode(), "the leader's page");
    }

    @Test
    void theLeaderAddsAnOfferAndRetiresIt() throws Exception {
        SignedInClient leader = client("ul.christensen");
        String code = "TEST-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        Map<String, String> fields = new java.util.HashMap<>(Map.ofEntries(Map.entry("offer:code", code),
                Map.entry("offer:nameDa", "Lektiecafé"), Map.entry("offer:nameEn", "Homework café"),
                Map.entry("offer:descriptionDa", "Hjælp til opgaver."),
                Map.entry("offer:descriptionEn", "Help with assignments."), Map.entry("offer:recommendation", "8"),
                Map.entry("offer:level", "SPECIAL_NEEDS"), Map.entry("offer:format", "GROUP"),
                Map.entry("offer:timing", "ANY_TIME"), Map.entry("offer:provider", "Skolen"),
                Map.entry("offer:capacity", "12"), Map.entry("offer:targets", "ACADEMIC")));

        leader.submit(leader.get("leader/offer.xhtml"), "offer", "save", fields);
        HttpResponse<String> twice = leader.submit(leader.get("leader/offer.xhtml"), "offer", "save", fields);
        fields.put("offer:code", "små bogstaver");
        HttpResponse<String> badCode = leader.submit(leader.get("leader/offer.xhtml"), "offer", "save", fields);

        assertTrue(twice.body().contains("bruges allerede"), twice.body());
        assertTrue(badCode.body().contains("store bogstaver"), badCode.body());
        long offer = TestRecords.count("SELECT id FROM support_offer WHERE code = ?", code);
        assertEquals(12, TestRecords.count("SELECT capacity FROM support_offer WHERE id = ?", offer));

        long student = TestRecords.student("Rikke", "Udgaaet");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        long studentOffer = TestRecords.offer(student, code, "ACTIVE");
        HttpResponse<String> edit = leader.get("leader/offer.xhtml?id=" + offer);
        fields.put("offer:code", code);
        leader.submit(edit, "offer", "save", fields); // the active box left unticked: retired

        assertEquals(0, TestRecords.count("SELECT count(*) FROM support_offer WHERE id = ? AND active", offer));
        assertFalse(client("kp.hansen").get("students/propose-offer.xhtml?student=" + student).body()
                .contains("Lektiecaf"), "a retired offer is not proposed");
        assertTrue(client("kp.hansen").get("students/offer.xhtml?id=" + studentOffer).body().contains("Lektiecaf"),
                "a retired offer stays readable on the student's offers");
    }

    @Test
    void theCatalogueSuggestsTheOffersThatAnswerTheStudentsNeeds() throws Exception {
        long student = TestRecords.student("Sami", "Forslag");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        TestRecords.need(student, "LANGUAGE", "Dansk er andetsprog.", null);

        String page = client("kp.hansen").get("students/propose-offer.xhtml?student=" + student).body();

        assertTrue(suggested(page, "FAGSPROG"), "language: Danish care language");
        assertTrue(suggested(page, "LAENGERE-STUDIETID"), "language: longer study time");
        assertFalse(suggested(page, "MENTOR-INDIVIDUEL"), "for psychological and social needs");
        assertTrue(offered(page, "MENTOR-INDIVIDUEL"), "but it can still be chosen");
        assertFalse(suggested(page, "FORBEREDELSESDAG"), "a general offer answers no particular need");
    }

    @Test
    void anOfferGoesThroughItsWholeLifeWithEveryStepKept() throws Exception {
        long student = TestRecords.student("Tobias", "Forloeb");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        long need = TestRecords.need(student, "LANGUAGE", "Dansk er andetsprog.", null);
        TestRecords.linkAccount(student, "elev.larsen");
        SignedInClient karen = client("kp.hansen");

        HttpResponse<String> secondTab = karen.get("students/propose-offer.xhtml?student=" + student);
        HttpResponse<String> proposed = karen.submit(karen.get("students/propose-offer.xhtml?student=" + student),
                "propose", "propose", Map.of("propose:offer", String.valueOf(offerId("FAGSPROG")),
                        "propose:needs", String.valueOf(need), "propose:note", "Vi talte om det i dag."));
        assertTrue(proposed.body().contains("foreslået eleven") || proposed.body().contains("foresl&aring;et eleven"),
                proposed.body());
        long offer = TestRecords.count("SELECT id FROM student_offer WHERE student_id = ?", student);
        assertEquals(1, TestRecords.count("SELECT count(*) FROM student_offer_need WHERE student_offer_id = ?"
                + " AND need_id = ?", offer, need));
        HttpResponse<String> again = karen.submit(secondTab, "propose", "propose",
                Map.of("propose:offer", String.valueOf(offerId("FAGSPROG"))));
        assertTrue(again.body().contains("allerede"), "the same offer is not under way twice: " + again.body());

        SignedInClient tobias = client("elev.larsen");
        assertTrue(tobias.get("student/index.xhtml").body().contains("students/offer.xhtml?id=" + offer),
                "the student sees the proposal on their page");
        step(tobias, offer, "AGREED", Map.of());
        assertEquals("AGREED", status(offer));

        HttpResponse<String> noOutcome = step(karen, offer, "ACTIVE", Map.of());
        assertEquals("ACTIVE", status(offer), noOutcome.body());
        HttpResponse<String> incomplete = step(karen, offer, "COMPLETED", Map.of("change:outcome", ""));
        assertTrue(incomplete.body().contains("hvad der kom ud af"), incomplete.body());
        assertEquals("ACTIVE", status(offer), "nothing stored");
        step(karen, offer, "COMPLETED", Map.of("change:outcome", "Forstår nu fagordene.", "change:helped", "YES"));

        assertEquals("COMPLETED", status(offer));
        assertEquals("Forstår nu fagordene. YES", TestRecords.text("SELECT outcome || ' ' || helped"
                + " FROM student_offer WHERE id = ?", offer));
        assertEquals(List.of("PROPOSED kp.hansen Vi talte om det i dag.", "AGREED elev.larsen -",
                "ACTIVE kp.hansen -", "COMPLETED kp.hansen -"), TestRecords.lines("SELECT status || ' '"
                + " || by_username || ' ' || coalesce(note, '-') FROM student_offer_event WHERE student_offer_id = ?"
                + " ORDER BY at, id", offer));
    }

    @Test
    void aStepThatNoLongerFitsIsRefusedInPlainWordsAndNothingIsStored() throws Exception {
        long student = TestRecords.student("Ulla", "Afvist");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        TestRecords.linkAccount(student, "elev.larsen");
        long offer = TestRecords.offer(student, "FAGSPROG", "PROPOSED");
        SignedInClient karen = client("kp.hansen");
        HttpResponse<String> karensPage = karen.get("students/offer.xhtml?id=" + offer);

        long agreed = TestRecords.offer(student, "LAENGERE-STUDIETID", "PROPOSED");
        HttpResponse<String> karensOtherPage = karen.get("students/offer.xhtml?id=" + agreed);

        step(client("elev.larsen"), offer, "DECLINED", Map.of());
        step(client("elev.larsen"), agreed, "AGREED", Map.of());
        HttpResponse<String> late = karen.submit(karensPage, "change", button("AGREED"),
                Map.of("change:note", "Aftalt i telefonen."));
        HttpResponse<String> notNow = karen.submit(karensOtherPage, "change", button("DECLINED"),
                Map.of("change:note", "Sagde nej i telefonen."));
        HttpResponse<String> noReason = step(client("kp.hansen"), TestRecords.offer(student, "MATCHNING", "AGREED"),
                "CANCELLED", Map.of("change:note", ""));
        HttpResponse<String> onBehalf = step(karen, TestRecords.offer(student, "SPEJLING", "PROPOSED"), "AGREED",
                Map.of("change:note", ""));

        assertTrue(late.body().contains("kan ikke l&aelig;ngere &aelig;ndres")
                || late.body().contains("kan ikke længere ændres"), late.body());
        assertEquals("DECLINED", status(offer));
        assertTrue(notNow.body().contains("passer ikke til indsatsens status"), notNow.body());
        assertEquals("AGREED", status(agreed));
        assertTrue(noReason.body().contains("hvorfor indsatsen aflyses"), noReason.body());
        assertTrue(onBehalf.body().contains("hvordan eleven har svaret"), onBehalf.body());
        assertEquals(1, TestRecords.count("SELECT count(*) FROM student_offer_event WHERE student_offer_id = ?"
                + " AND status = 'DECLINED'", offer));
        assertFalse(client("elev.larsen").get("students/offer.xhtml?id=" + offer).body().contains("change:steps"),
                "a declined offer has no steps left");
    }

    @Test
    void aSupervisorSeesOnlyOffersLinkedToANeedTheStudentSharesWithThem() throws Exception {
        long placement = TestRecords.placement("ov.nielsen");
        long student = TestRecords.student("Vera", "Delt");
        TestRecords.contactPerson(student, "kp.hansen", TODAY.minusDays(10), null);
        long period = TestRecords.period(student, placement, TODAY.minusDays(3), TODAY.plusDays(40), "ov.nielsen");
        long language = TestRecords.need(student, "LANGUAGE", "Dansk er andetsprog.", "Skriftlige beskeder.");
        long social = TestRecords.need(student, "SOCIAL", "Lille netværk.", null);
        TestRecords.offer(student, "LAENGERE-STUDIETID", "ACTIVE", language);
        TestRecords.offer(student, "MINDRE-OPLAERINGSSTED", "ACTIVE", social);
        TestRecords.offer(student, "FAGSPROG", "PROPOSED", language);
        TestRecords.offer(student, "MENTOR-INDIVIDUEL", "ACTIVE", language, social);
        long consent = TestRecords.consent(student, period, null, "ACCOMMODATIONS", TODAY.plusDays(40), language);

        String anne = client("ov.nielsen").get("students/view.xhtml?id=" + student).body();
        assertTrue(anne.contains("Longer study time") || anne.contains("studietid"), anne);
        assertFalse(anne.contains("Mindre opl") || anne.contains("Smaller placement"), "its need is not shared");
        assertFalse(anne.contains("Individuel mentor") || anne.contains("Individual mentor"),
                "one of its needs is not shared: its name would tell the target group");
        assertFalse(anne.contains("sygepleje- og omsorgssprog"), "a proposal is the student's to answer first");
        assertFalse(anne.contains("students/offer.xhtml"), "no history or notes for the supervisor");
        assertTrue(TestRecords.count("SELECT count(*) FROM audit_event WHERE actor_username = 'ov.nielsen'"
                + " AND action = 'VIEW_OFFERS' AND student_id = ? AND reason = 'LAENGERE-STUDIETID ACTIVE'",
                student) > 0);
        assertEquals(403, client("ov.nielsen").get("students/offer.xhtml?id=" + TestRecords.count(
                "SELECT id FROM student_offer WHERE student_id = ? AND status = 'ACTIVE' ORDER BY id LIMIT 1",
                student)).statusCode());

        TestRecords.update("UPDATE consent SET withdrawn_at = now(), withdrawn_by = 'elev.larsen' WHERE id = ?",
                consent);
        assertFalse(client("ov.nielsen").get("students/view.xhtml?id=" + student).body().contains("studietid"),
                "withdrawn: gone on the next request");
        assertFalse(client("ul.christensen").get("students/view.xhtml?id=" + student).body()
                .contains("offers-section"), "the education leader sees no student's offers");
        assertEquals(403, client("kp.jensen").get("students/offer.xhtml?id=" + TestRecords.count(
                "SELECT min(id) FROM student_offer WHERE student_id = ?", student)).statusCode());
        assertTrue(TestRecords.auditEvents("kp.jensen", student, "DENIED") > 0, "the refusal is audited");
    }

    private static HttpResponse<String> step(SignedInClient who, long offer, String status, Map<String, String> fields)
            throws Exception {
        return who.submit(who.get("students/offer.xhtml?id=" + offer), "change", button(status), fields);
    }

    private static String button(String status) {
        return "steps:" + STEPS.indexOf(status) + ":to";
    }

    private static String status(long offer) throws Exception {
        return TestRecords.text("SELECT status FROM student_offer WHERE id = ?", offer);
    }

    private static long offerId(String code) throws Exception {
        return TestRecords.count("SELECT id FROM support_offer WHERE code = ?", code);
    }

    /** Whether the proposal form offers this catalogue offer, and whether it marks it as fitting the needs. */
    private static boolean suggested(String page, String code) throws Exception {
        Matcher label = label(page, code);
        return label.find() && label.group(1).contains("passer til elevens behov");
    }

    private static boolean offered(String page, String code) throws Exception {
        return label(page, code).find();
    }

    private static Matcher label(String page, String code) throws Exception {
        return Pattern.compile("value=\"" + offerId(code) + "\"[^>]*>\\s*<label[^>]*>([^<]*)<").matcher(page);
    }

    private static SignedInClient client(String username) throws Exception {
        return SignedInClient.signIn(DEMO.byUsername(username));
    }
}
