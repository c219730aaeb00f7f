package dk.brobygger.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL and Keycloak once for the whole integration-test run, before Arquillian starts Payara,
 * and stops them at its end. The settings are the environment that failsafe gives the test JVM (stack/pom.xml),
 * which Payara inherits. Outside failsafe (no {@code keycloak.home}) it does nothing.
 */
public class TestStack implements LauncherSessionListener {

    /** Where the deployed application answers. */
    public static final String APPLICATION_URL = "http://localhost:8080/brobygger/";

    private static final Logger LOG = Logger.getLogger(TestStack.class.getName());

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** The test run's PostgreSQL server, for the test that stops and starts it (DatabaseOutageIT). */
    private static EmbeddedDatabase runningDatabase;

    /** The test run's Keycloak, as started last. */
    private static KeycloakServer keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String keycloakHome = System.getProperty("keycloak.home");
        if (keycloakHome == null) {
            return;
        }
        try {
            runningDatabase = EmbeddedDatabase.start(database(),
                    Path.of(System.getProperty("brobygger.test.db-dir")), true);
            started.push(runningDatabase);
            // as its own step before any deployment, as a production deployment does (README)
            Migrate.run(database());
            startKeycloak();
            started.push(() -> keycloak.close());
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("Could not start the test stack", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + component, e);
            }
        }
    }

    /** Starts the test run's Keycloak, afresh from the realm file (also again after {@link #stopKeycloak}). */
    static void startKeycloak() throws IOException, InterruptedException {
        keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                URI.create(System.getenv("BROBYGGER_OIDC_PROVIDER_URI")).getPort(),
                Path.of(System.getProperty("brobygger.test.logs"), "keycloak.log"));
    }

    /** Stops Keycloak, for the test of an outage (KeycloakOutageIT), which starts it again. */
    static void stopKeycloak() {
        keycloak.close();
    }

    static EmbeddedDatabase runningDatabase() {
        return runningDatabase;
    }

    /**
     * The test database: the application's settings from the environment (which the application server inherits),
     * the schema owner's from system properties of this JVM only (the application never holds them).
     */
    public static DatabaseSettings database() {
        return new DatabaseSettings(System.getenv("BROBYGGER_DB_URL"), System.getenv("BROBYGGER_DB_USER"),
                System.getenv("BROBYGGER_DB_PASSWORD"), System.getProperty("brobygger.test.db-owner"),
                System.getProperty("brobygger.test.db-owner-password"));
    }
}
