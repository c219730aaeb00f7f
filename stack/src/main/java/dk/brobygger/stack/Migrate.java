package dk.brobygger.stack;

import dk.brobygger.infrastructure.persistence.Migrations;
import java.util.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrate command (README, {@code bin/migrate}): brings the database's schema to this version's migrations as
 * the schema owner, as its own step before the application is deployed. The run command and the tests run it
 * first too; the application itself never gets the owner's credentials.
 */
public final class Migrate {

    private static final Logger LOG = Logger.getLogger(Migrate.class.getName());

    private Migrate() {
    }

    /** Migrates the database the BROBYGGER_DB_* variables name (README, "Configuration"). */
    public static void main(String[] args) {
        run(DatabaseSettings.fromEnvironment(System.getenv()));
    }

    /** Migrates the database of these settings, connected as its schema owner. */
    public static void run(DatabaseSettings database) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(database.url());
        owner.setUser(database.ownerUser());
        owner.setPassword(database.ownerPassword());
        owner.setCurrentSchema(Migrations.SCHEMA);
        String version = Migrations.migrate(owner, database.appUser());
        LOG.info(() -> "The database schema is at version " + version);
    }
}
