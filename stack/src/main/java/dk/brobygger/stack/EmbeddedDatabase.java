package dk.brobygger.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from Maven Central's binaries, on loopback, with the application's two users and
 * its database. Starting it on an existing data folder keeps the data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on the settings' port with its data in {@code dataDirectory}, then creates the users
     * and the database where they are missing.
     */
    public static EmbeddedDatabase start(DatabaseSettings settings, Path dataDirectory, boolean clean)
            throws IOException, SQLException {
        LOG.info(() -> "Starting PostgreSQL on port " + settings.port() + " with data in " + dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(settings.port())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                // sized as an installation would be for the national data set of docs/performance.md, not as
                // PostgreSQL's defaults for a small machine (128 MB of buffers, a checkpoint every 1 GB written)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        database.provision(settings);
        return database;
    }

    private void provision(DatabaseSettings settings) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ensureRole(s, settings.ownerUser(), settings.ownerPassword());
            ensureRole(s, settings.appUser(), settings.appPassword());
            if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + settings.databaseName() + "'")) {
                s.execute("CREATE DATABASE " + settings.databaseName() + " OWNER " + settings.ownerUser()
                        + " ENCODING 'UTF8'");
            }
        }
    }

    private static void ensureRole(Statement s, String user, String password) throws SQLException {
        String verb = exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + user + "'") ? "ALTER" : "CREATE";
        s.execute(verb + " ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    /**
     * Stops the server as an outage would (fast shutdown: open connections are cut), keeping its data, so that a
     * test can see how the application rides it out; {@link #startAfterOutage} brings it back as it was.
     */
    public void stopForOutage() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the server again after {@link #stopForOutage}, with the same binary, data, port and settings. */
    public void startAfterOutage() throws IOException, InterruptedException {
        // postmaster.opts holds the server's command line as it was started: /…/bin/postgres "-D" "…" "-p" …
        List<String> options = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(postmasterOptions());
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        // pg_ctl gives the data directory itself
        options.subList(0, 2).clear();
        pgCtl("start", "-o", String.join(" ", options), "-l", dataDirectory.resolve("restart.log").toString());
    }

    /**
     * Runs pg_ctl, from beside the server's binary, on this server's data, and waits for it. As root it runs in a
     * user namespace, as the library that started the server does: PostgreSQL refuses to run as root.
     */
    private void pgCtl(String... command) throws IOException, InterruptedException {
        String server = postmasterOptions();
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(List.of(Path.of(server.substring(0, server.indexOf(' '))).resolveSibling("pg_ctl").toString(),
                "-D", dataDirectory.toString(), "-w"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pg_ctl " + command[0] + " failed: " + output);
        }
    }

    private String postmasterOptions() throws IOException {
        return Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
