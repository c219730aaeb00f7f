package dk.brobygger.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The README's run command: PostgreSQL (embedded unless BROBYGGER_DB_URL is set), Keycloak (unless
 * BROBYGGER_OIDC_PROVIDER_URI is set), Payara with the application deployed, until Ctrl-C stops them all.
 */
public final class RunBrobygger {

    private static final Logger LOG = Logger.getLogger(RunBrobygger.class.getName());
    static final int KEYCLOAK_PORT = 8180;
    static final String APPLICATION_URL = "http://localhost:8080/brobygger/";
    /** Demo-only client secret, the same as in the realm file. */
    static final String DEMO_CLIENT_SECRET = "brobygger-demo-secret-not-for-production";
    /** Signs the audit trail's checkpoints in the demo only; an installation sets its own (README). */
    static final String DEMO_CHECKPOINT_KEY = "brobygger-demo-checkpoint-key-not-for-production";
    /** Keys the digests of the audit trail's personal content in the demo only; an installation sets its own. */
    static final String DEMO_CONTENT_KEY = "brobygger-demo-content-key-not-for-production";

    private RunBrobygger() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("brobygger.data"));
        Map<String, String> env = System.getenv();
        Deque<AutoCloseable> started = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll(started);
            stopped.countDown();
        }, "brobygger-stop"));

        Map<String, String> appEnvironment = new HashMap<>();
        DatabaseSettings database;
        if (env.containsKey("BROBYGGER_DB_URL")) {
            database = DatabaseSettings.fromEnvironment(env);
        } else {
            database = DatabaseSettings.embeddedDefaults();
            started.push(EmbeddedDatabase.start(database, Files.createDirectories(data.resolve("postgres")),
                    false));
        }
        Migrate.run(database);
        appEnvironment.putAll(database.applicationEnvironment());
        appEnvironment.put("BROBYGGER_DEMO_DATA", "true");
        if (!env.containsKey("BROBYGGER_AUDIT_CHECKPOINT_KEY")) {
            appEnvironment.put("BROBYGGER_AUDIT_CHECKPOINT_KEY", DEMO_CHECKPOINT_KEY);
        }
        if (!env.containsKey("BROBYGGER_AUDIT_CONTENT_KEY")) {
            appEnvironment.put("BROBYGGER_AUDIT_CONTENT_KEY", DEMO_CONTENT_KEY);
        }

        if (!env.containsKey("BROBYGGER_OIDC_PROVIDER_URI")) {
            KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                    KEYCLOAK_PORT, Files.createDirectories(data).resolve("keycloak.log"));
            started.push(keycloak);
            appEnvironment.put("BROBYGGER_OIDC_PROVIDER_URI", keycloak.realmUrl());
            appEnvironment.put("BROBYGGER_OIDC_CLIENT_SECRET", DEMO_CLIENT_SECRET);
        }

        PayaraServer payara = PayaraServer.start(Path.of(System.getProperty("payara.home")), appEnvironment);
        started.push(payara);
        payara.deploy(Path.of(System.getProperty("brobygger.ear")));

        printWelcome(env.containsKey("BROBYGGER_OIDC_PROVIDER_URI"));
        stopped.await();
    }

    private static void printWelcome(boolean externalKeycloak) {
        StringBuilder out = new StringBuilder("\n\n  Brobygger is running at ").append(APPLICATION_URL).append("\n\n");
        if (!externalKeycloak) {
            out.append("  Demo users (demo only):\n");
            for (DemoUsers.DemoUser user : DemoUsers.fromRealm().users()) {
                out.append(String.format("    %-16s %-15s %-20s %s%n", user.username(), user.password(), user.name(),
                        user.roles().isEmpty() ? "(no role)" : String.join(", ", user.roles())));
            }
            out.append("\n  Keycloak admin console: http://localhost:").append(KEYCLOAK_PORT)
                    .append("/admin/ (").append(KeycloakServer.ADMIN_USER).append(" / ")
                    .append(KeycloakServer.ADMIN_PASSWORD).append(", demo only)\n");
        }
        out.append("\n  Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + component, e);
            }
        }
    }
}
