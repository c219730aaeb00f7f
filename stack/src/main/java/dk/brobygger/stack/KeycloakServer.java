package dk.brobygger.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keycloak from its distribution, in development mode on loopback, with the realm from realm-config imported
 * afresh at every start (its data folder is emptied first, so a changed realm file always takes effect).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "brobygger";
    /** The realm file inside the realm-config module. */
    public static final String REALM_RESOURCE = "/keycloak/brobygger-realm.json";
    /** Demo-only administrator of the development Keycloak (its admin console on the same port). */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start(Path home, int port, Path log) throws IOException, InterruptedException {
        Path data = home.resolve("data");
        deleteRecursively(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("The realm file " + REALM_RESOURCE + " is not on the class path");
            }
            Files.copy(realm, imports.resolve("brobygger-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path script = home.resolve("bin/kc.sh");
        script.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + (port + 10),
                "--import-realm", "--health-enabled=false", "--log-level=WARN");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        LOG.info(() -> "Starting Keycloak on port " + port + " (log: " + log + ")");
        KeycloakServer server = new KeycloakServer(builder.start(), port);
        server.awaitRealm(log);
        return server;
    }

    /** The realm's issuer URL, which the application uses as its OpenID Connect provider. */
    public String realmUrl() {
        return realmUrl(port);
    }

    public static String realmUrl(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private void awaitRealm(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(
                URI.create(realmUrl() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    LOG.info(() -> "Keycloak is ready at " + realmUrl());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
