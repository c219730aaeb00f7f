package dk.brobygger.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm import is easy to break in ways Keycloak only reveals at login (a user stuck at "verify profile",
 * roles missing from the token). These are the rules the application relies on.
 */
class RealmFileTest {

    private static final Set<String> ROLES = Set.of("contact-person", "training-supervisor", "mentor", "student",
            "education-leader", "data-protection-officer", "integration-import");
    private static final String INTEGRATION_ROLE = "integration-import";

    private static JsonObject realm;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = RealmFileTest.class.getResourceAsStream("/keycloak/brobygger-realm.json");
             JsonReader reader = Json.createReader(in)) {
            realm = reader.readObject();
        }
    }

    @Test
    void theRealmIsEnabledAndDanishFirst() {
        assertEquals("brobygger", realm.getString("realm"));
        assertTrue(realm.getBoolean("enabled"));
        assertEquals("da", realm.getString("defaultLocale"));
    }

    @Test
    void everyApplicationRoleExistsWithADescription() {
        List<JsonObject> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class);
        assertEquals(ROLES, roles.stream().map(r -> r.getString("name")).collect(Collectors.toSet()));
        roles.forEach(r -> assertFalse(r.getString("description", "").isBlank(), r.getString("name")));
    }

    @Test
    void theApiClientGivesAPersonsTokenForTheApiWithTheirRolesAndNothingElse() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("brobygger-api-cli")).findFirst().orElseThrow();
        assertTrue(client.getBoolean("publicClient") && client.getBoolean("directAccessGrantsEnabled"),
                "a tool asks for a person's token with their password (demo only)");
        assertFalse(client.getBoolean("standardFlowEnabled"), "no sign-in on pages through it");
        assertFalse(client.getBoolean("implicitFlowEnabled"));
        List<JsonObject> mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
        assertTrue(mappers.stream().anyMatch(m -> m.getString("protocolMapper").equals(
                "oidc-usermodel-realm-role-mapper") && m.getJsonObject("config").getString("claim.name")
                .equals("groups") && m.getJsonObject("config").getString("access.token.claim").equals("true")));
        assertTrue(mappers.stream().anyMatch(m -> m.getString("protocolMapper").equals("oidc-audience-mapper")
                && m.getJsonObject("config").getString("included.custom.audience").equals("brobygger-api")),
                "the API takes only tokens meant for it");
    }

    @Test
    void theSchoolsSystemGetsATokenOfItsOwnWithTheImportRoleOnly() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("brobygger-integration")).findFirst().orElseThrow();
        assertFalse(client.getBoolean("publicClient"), "it authenticates with its secret");
        assertTrue(client.getBoolean("serviceAccountsEnabled"), "the client-credentials grant");
        assertFalse(client.getBoolean("standardFlowEnabled") || client.getBoolean("directAccessGrantsEnabled")
                || client.getBoolean("implicitFlowEnabled"), "no person signs in through it");
        assertTrue(client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("protocolMapper").equals("oidc-audience-mapper")));
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("serviceAccountClientId", "").equals("brobygger-integration"))
                .findFirst().orElseThrow();
        assertEquals(Set.of(INTEGRATION_ROLE), roles(account));
        assertTrue(users().stream().noneMatch(u -> roles(u).contains(INTEGRATION_ROLE)), "no person has it");
    }

    @Test
    void theWebClientIsConfidentialAndGetsRealmRolesAsGroups() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("brobygger-web")).findFirst().orElseThrow();
        assertFalse(client.getBoolean("publicClient"));
        assertFalse(client.getString("secret").isBlank());
        assertEquals("http://localhost:8080/brobygger/",
                client.getJsonObject("attributes").getString("post.logout.redirect.uris"), "exact, no wildcard");
        assertEquals(List.of("http://localhost:8080/brobygger/Callback"),
                client.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList(), "exactly the callback");
        assertFalse(client.getBoolean("directAccessGrantsEnabled"), "no password grant: users sign in on Keycloak's page");
        assertFalse(client.getBoolean("implicitFlowEnabled"));
        assertEquals("http://localhost:8080/brobygger/backchannel-logout",
                client.getJsonObject("attributes").getString("backchannel.logout.url"),
                "Keycloak tells the application when it ends a session");
        assertEquals("true", client.getJsonObject("attributes").getString("backchannel.logout.session.required"));
        JsonObject mapper = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("protocolMapper").equals("oidc-usermodel-realm-role-mapper"))
                .findFirst().orElseThrow();
        assertEquals("groups", mapper.getJsonObject("config").getString("claim.name"));
        assertEquals("true", mapper.getJsonObject("config").getString("id.token.claim"));
    }

    @Test
    void passwordsAndSignInAttemptsAreGuarded() {
        String policy = realm.getString("passwordPolicy");
        assertTrue(policy.contains("length(12)") && policy.contains("notUsername")
                && policy.contains("hashAlgorithm(argon2)"), policy);
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertFalse(realm.getBoolean("permanentLockout"), "a temporary lockout, so one person cannot lock out another");
        assertEquals(5, realm.getInt("failureFactor"));
        assertEquals(900, realm.getInt("maxFailureWaitSeconds"));
        assertEquals(300, realm.getInt("accessTokenLifespan"));
        assertEquals(1800, realm.getInt("ssoSessionIdleTimeout"));
        assertEquals(36000, realm.getInt("ssoSessionMaxLifespan"));
        // the import applies the policy to the demo users' passwords too: a short one would stop Keycloak's start
        users().forEach(u -> assertTrue(u.getJsonArray("credentials").getJsonObject(0).getString("value").length() >= 12,
                u.getString("username")));
    }

    @Test
    void everyDemoUserCanLogInWithoutExtraSteps() {
        for (JsonObject user : users()) {
            String name = user.getString("username");
            assertTrue(user.getBoolean("enabled"), name);
            assertFalse(user.getString("firstName", "").isBlank(), name);
            assertFalse(user.getString("lastName", "").isBlank(), name);
            assertFalse(user.getString("email", "").isBlank(), name);
            assertFalse(user.getJsonArray("credentials").getJsonObject(0).getBoolean("temporary"), name);
            assertTrue(ROLES.containsAll(roles(user)), name + " has only application roles");
        }
    }

    /**
     * The realm is imported afresh at every start of the run command: a demo user keeps their Keycloak subject
     * only because the file fixes it, and the application knows people by that subject.
     */
    @Test
    void everyDemoUserHasAFixedDistinctSubject() {
        List<String> ids = users().stream().map(u -> u.getString("id", "")).toList();
        assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
                "every demo user has a fixed id: " + ids);
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no two demo users share one");
    }

    @Test
    void theDemoUsersShowTheRelationshipsTheProductNeeds() {
        assertTrue(users().stream().allMatch(u -> !roles(u).isEmpty() || u.getString("username").equals("uden.rolle")));
        assertTrue(ROLES.stream().filter(r -> !r.equals(INTEGRATION_ROLE)).allMatch(role -> count(role) >= 1),
                "at least one user per person's role");
        assertTrue(count("contact-person") >= 2, "two contact persons");
        assertTrue(count("training-supervisor") >= 2, "two training supervisors");
        assertTrue(users().stream().anyMatch(u -> roles(u).containsAll(Set.of("student", "mentor"))),
                "a peer mentor who is also a student");
        assertTrue(users().stream().anyMatch(u -> roles(u).isEmpty()), "a user with no role");
    }

    private static long count(String role) {
        return users().stream().filter(u -> roles(u).contains(role)).count();
    }

    /** The demo people: every user but a client's service account. */
    private static List<JsonObject> users() {
        return realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> !u.containsKey("serviceAccountClientId")).toList();
    }

    private static Set<String> roles(JsonObject user) {
        return user.containsKey("realmRoles")
                ? Set.copyOf(user.getJsonArray("realmRoles").getValuesAs(JsonString::getString))
                : Set.of();
    }
}
