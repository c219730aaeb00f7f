package dk.brobygger.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from Maven Central's binaries, on loopback, with the application's two users and
 * its database. Starting it on an existing data folder keeps the data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
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
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
