package dk.brobygger.stack;

import java.net.URI;
import java.util.Map;

/**
 * Where the application's database is and who it connects as: the schema owner that runs migrations, and the
 * application user that only reads and writes rows. The same names as the application's configuration.
 */
public record DatabaseSettings(String url, String appUser, String appPassword, String ownerUser,
                               String ownerPassword) {

    /** The run command's embedded database. Demo credentials: only ever on this machine's loopback. */
    public static DatabaseSettings embeddedDefaults() {
        return new DatabaseSettings("jdbc:postgresql://localhost:5433/brobygger",
                "brobygger_app", "demo-app-password", "brobygger_owner", "demo-owner-password");
    }

    /** From the BROBYGGER_DB_* variables (README), if BROBYGGER_DB_URL is set. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                require(env, "BROBYGGER_DB_URL"),
                require(env, "BROBYGGER_DB_USER"),
                require(env, "BROBYGGER_DB_PASSWORD"),
                require(env, "BROBYGGER_DB_MIGRATION_USER"),
                require(env, "BROBYGGER_DB_MIGRATION_PASSWORD"));
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set when BROBYGGER_DB_URL is set (see README)");
        }
        return value;
    }

    /**
     * The environment that hands the application's own settings to it (and the server it runs in): never the
     * schema owner's, which only the migrate command uses.
     */
    public Map<String, String> applicationEnvironment() {
        return Map.of(
                "BROBYGGER_DB_URL", url,
                "BROBYGGER_DB_USER", appUser,
                "BROBYGGER_DB_PASSWORD", appPassword);
    }

    public int port() {
        return uri().getPort();
    }

    public String databaseName() {
        return uri().getPath().substring(1);
    }

    private URI uri() {
        return URI.create(url.substring("jdbc:".length()));
    }
}
