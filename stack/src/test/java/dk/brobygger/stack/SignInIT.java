package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.infrastructure.persistence.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Signing in and out through Keycloak's real login page in a real browser, role by role. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String APP = TestStack.APPLICATION_URL;
    private static final DemoUsers DEMO = DemoUsers.fromRealm();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "kp.hansen,       contact/,    Mine elever,                  Kontaktperson",
        "kp.jensen,       contact/,    Mine elever,                  Kontaktperson",
        "ov.nielsen,      supervisor/, Elever i oplæring,            Oplæringsvejleder",
        "ov.pedersen,     supervisor/, Elever i oplæring,            Oplæringsvejleder",
        "mentor.andersen, mentor/,     Mine mentees,                 Mentor",
        "elev.hassan,     mentor/,     Mine mentees,                 Mentor",
        "elev.larsen,     student/,    Min side,                     Elev",
        "ul.christensen,  leader/,     Uddannelsesledelse,           Uddannelsesleder",
        "dpo.madsen,      dpo/,        Databeskyttelse,              Databeskyttelsesrådgiver"
    })
    void eachDemoUserSignsInAndLandsOnTheirOwnStartPage(String username, String startPage, String heading,
                                                       String roleName) throws SQLException {
        DemoUsers.DemoUser user = DEMO.byUsername(username);

        signIn(user);

        browser.waitForUrlContaining(APP + startPage);
        assertEquals(heading, browser.text(By.tagName("h1")));
        assertEquals(user.name(), browser.text(By.cssSelector("#signed-in-user .user-name")));
        assertTrue(browser.texts(By.cssSelector("#signed-in-user .roles li")).contains(roleName));
        assertEquals(user.roles().size(), browser.texts(By.cssSelector(".main-nav li")).size(),
                "the navigation shows one area per role, and no other");
        assertEquals(Optional.of(user.name()), storedDisplayName(username),
                "the sign-in went through the profile service into the database");
    }

    @Test
    void aPeerMentorSeesBothTheirMentorAndTheirStudentArea() {
        signIn(DEMO.byUsername("elev.hassan"));

        browser.waitForUrlContaining(APP + "mentor/");
        assertEquals(List.of("Mine mentees", "Min side"), browser.texts(By.cssSelector(".main-nav li")));
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndSignsNobodyIn() {
        browser.get(APP + "start");
        browser.signInAs("kp.hansen", "not-the-password");

        assertTrue(browser.text(By.id("input-error-username")).contains("Ugyldig brugernavn eller adgangskode"),
                browser.pageText());
        assertTrue(browser.url().startsWith(KeycloakServer.realmUrl(8180)), browser.url());
    }

    @Test
    void aUserWithoutAnyRoleIsToldSoPlainly() {
        signIn(DEMO.byUsername("uden.rolle"));

        browser.waitForUrlContaining(APP + "no-access.xhtml");
        assertEquals("Du har ikke adgang endnu", browser.text(By.tagName("h1")));
        assertTrue(browser.texts(By.cssSelector(".main-nav li")).isEmpty());
    }

    @Test
    void aRoleIsRefusedAnotherRolesArea() {
        signIn(DEMO.byUsername("kp.hansen"));
        browser.waitForUrlContaining(APP + "contact/");

        browser.get(APP + "leader/");

        assertEquals("Ingen adgang", browser.text(By.id("error-title")));
        assertFalse(browser.pageText().contains("Uddannelsesledelse"));
    }

    @Test
    void signingOutEndsBothSessionsAndBackShowsNothingProtected() {
        signIn(DEMO.byUsername("kp.hansen"));
        browser.waitForUrlContaining(APP + "contact/");

        browser.click(By.id("logout"));

        browser.waitFor(By.id("login-main"));
        assertEquals("Velkommen til Brobygger", browser.text(By.tagName("h1")));

        browser.back();
        assertFalse(browser.pageText().contains("Karen Hansen"), "the back button shows no protected page");

        browser.get(APP + "contact/");
        browser.waitFor(By.id("username"));
        assertTrue(browser.url().startsWith(KeycloakServer.realmUrl(8180)),
                "Keycloak asks for the password again: its session has ended too");
    }

    @Test
    void theLanguageChoiceSticks() {
        browser.get(APP);
        assertEquals("Velkommen til Brobygger", browser.text(By.tagName("h1")));

        browser.click(By.cssSelector(".languages a[lang='en']"));
        assertEquals("Welcome to Brobygger", browser.text(By.tagName("h1")));

        browser.get(APP);
        assertEquals("Welcome to Brobygger", browser.text(By.tagName("h1")));
    }

    @Test
    void aPostbackToAnExpiredPageSaysSoPlainly() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DEMO.byUsername("kp.hansen"));
        java.net.http.HttpResponse<String> page = karen.get("contact/");

        java.net.http.HttpResponse<String> expired = karen.submit(page, "students", "search",
                java.util.Map.of("jakarta.faces.ViewState", "-1234:-5678"));

        assertTrue(expired.body().contains("Siden er udl"), expired.body());
        assertFalse(expired.body().contains("Caused by") || expired.body().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownPageGetsAPlainNotFoundPage() {
        browser.get(APP + "no-such-page.xhtml");

        assertEquals("Siden findes ikke", browser.text(By.id("error-title")));
    }

    private void signIn(DemoUsers.DemoUser user) {
        browser.get(APP + "start");
        browser.signInAs(user.username(), user.password());
    }

    private static Optional<String> storedDisplayName(String username) throws SQLException {
        DatabaseSettings db = TestStack.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
             PreparedStatement s = c.prepareStatement("SELECT display_name FROM " + Migrations.SCHEMA + ".user_profile WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
