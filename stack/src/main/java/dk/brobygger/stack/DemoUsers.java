package dk.brobygger.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo users of the realm file, read from the file itself so that the list printed is always true. */
public record DemoUsers(List<DemoUser> users) {

    /** One demo user: username, demo password, full name and realm roles. */
    public record DemoUser(String username, String password, String name, List<String> roles) {
    }

    public static DemoUsers fromRealm() {
        try (InputStream in = DemoUsers.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            JsonObject realm = reader.readObject();
            return new DemoUsers(realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    // a client's service account is no person and has no password
                    .filter(u -> !u.containsKey("serviceAccountClientId"))
                    .map(u -> new DemoUser(u.getString("username"),
                            u.getJsonArray("credentials").getJsonObject(0).getString("value"),
                            u.getString("firstName") + " " + u.getString("lastName"),
                            u.containsKey("realmRoles")
                                    ? u.getJsonArray("realmRoles").getValuesAs(JsonString::getString)
                                    : List.of()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DemoUser byUsername(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}
