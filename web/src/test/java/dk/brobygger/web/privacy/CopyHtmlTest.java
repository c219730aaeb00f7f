package dk.brobygger.web.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The readable copy lays out the JSON in the student's language, and never lets what people wrote be markup. */
class CopyHtmlTest {

    private static final JsonObject COPY = Json.createObjectBuilder()
            .add("schema", "brobygger-data-copy/1")
            .add("generatedAt", "2027-01-31T09:30:00Z")
            .add("student", Json.createObjectBuilder().add("firstName", "Sara").add("status", "ACTIVE")
                    .add("birthDate", "2005-03-01").addNull("gender"))
            .add("needs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "LANGUAGE")
                    .add("status", "ACTIVE").add("versions", Json.createArrayBuilder())))
            .add("trainingPlans", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("studentGoals", "<script>alert('x')</script> & mere")))
            .add("tasks", Json.createArrayBuilder())
            .build();

    @Test
    void theCopyIsInTheStudentsLanguageWithCodesInWordsAndDanishDates() {
        String da = CopyHtml.render(COPY, "da");
        assertTrue(da.contains("<html lang=\"da\"") && da.contains("Kopi af dine oplysninger i Brobygger"), da);
        assertTrue(da.contains("Dannet 31.1.2027 10:30"), "the moment in Danish time: " + da);
        assertTrue(da.contains("<dd>1.3.2005</dd>") && da.contains("<dd>Aktiv</dd>") && da.contains("<dd>–</dd>"), da);
        assertTrue(da.contains("Sproglige udfordringer"), "a need's category in words: " + da);
        assertTrue(da.contains("<h2>Opgaver om dig</h2>\n<p>Ingen.</p>"), "an empty section says so: " + da);
        String en = CopyHtml.render(COPY, "en");
        assertTrue(en.contains("<html lang=\"en\"") && en.contains("Copy of your data in Brobygger")
                && en.contains("Active"), en);
    }

    @Test
    void whatPeopleWroteIsTextNeverMarkup() {
        String html = CopyHtml.render(COPY, "da");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; mere"), html);
    }
}
