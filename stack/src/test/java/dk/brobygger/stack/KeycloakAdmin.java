package dk.brobygger.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a Keycloak administrator does, through Keycloak's admin REST API as the development Keycloak's demo
 * administrator: for the tests of what the application does when Keycloak changes something.
 */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI server;
    private final String token;

    private KeycloakAdmin(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Signs in as the demo administrator (master realm, admin-cli). */
    static KeycloakAdmin signIn() throws IOException, InterruptedException {
        URI server = URI.create(System.getenv("BROBYGGER_OIDC_PROVIDER_URI")).resolve("/");
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakServer.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(KeycloakServer.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        server.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        ok(answer);
        return new KeycloakAdmin(server, Json.createReader(new StringReader(answer.body())).readObject()
                .getString("access_token"));
    }

    /** Ends every Keycloak session of the user, as "Sign out" on the user's sessions in the admin console. */
    void signOut(String username) throws IOException, InterruptedException {
        HttpResponse<String> users = send(HttpRequest.newBuilder(realm("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).GET());
        ok(users);
        JsonArray found = Json.createReader(new StringReader(users.body())).readArray();
        String id = found.getJsonObject(0).getString("id");
        ok(send(HttpRequest.newBuilder(realm("/users/" + id + "/logout")).POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Sets how long the realm's access and identity tokens live. */
    void accessTokenLifespan(int seconds) throws IOException, InterruptedException {
        ok(send(HttpRequest.newBuilder(realm("")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\": " + seconds + "}"))));
    }

    private URI realm(String path) {
        return server.resolve("/admin/realms/" + KeycloakServer.REALM + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void ok(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
