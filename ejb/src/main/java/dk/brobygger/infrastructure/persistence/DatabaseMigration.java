package dk.brobygger.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else uses the database; a failed migration fails the deploy.
 *
 * <p>Two data sources: migrations run as the schema owner, the application runs as a user that may only
 * read and write rows (and not even that on the audit trail). Both come from configuration (README).
 * Flyway commits on its own, so this runs outside any JTA transaction.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DatabaseMigration.APP_DATA_SOURCE,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=brobygger.db.url}",
            user = "${MPCONFIG=brobygger.db.user}",
            password = "${MPCONFIG=brobygger.db.password}",
            // Through a database restart (docs/security.md, "Faults"): a connection is checked before each use,
            // and one found broken drops the whole pool, so the first request after the restart gets a new one.
            // While the database is down a request fails within seconds (connect 3 s, wait for the pool 5 s), and
            // a statement that hangs on a dead connection is cut at 60 s.
            properties = {
                "currentSchema=" + DatabaseMigration.SCHEMA,
                "connectTimeout=3",
                "socketTimeout=60",
                "tcpKeepAlive=true",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"
            },
            loginTimeout = 3,
            minPoolSize = 2,
            maxPoolSize = 30),
    @DataSourceDefinition(
            name = DatabaseMigration.MIGRATION_DATA_SOURCE,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=brobygger.db.url}",
            user = "${MPCONFIG=brobygger.db.migration.user}",
            password = "${MPCONFIG=brobygger.db.migration.password}",
            properties = "currentSchema=" + DatabaseMigration.SCHEMA,
            minPoolSize = 0,
            maxPoolSize = 2)
})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String APP_DATA_SOURCE = "java:app/jdbc/brobygger";
    public static final String MIGRATION_DATA_SOURCE = "java:app/jdbc/brobygger-migration";
    /** The application's own schema, created and owned by the migration user; nobody else may create in it. */
    public static final String SCHEMA = "brobygger";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = MIGRATION_DATA_SOURCE)
    private DataSource migrationDataSource;

    @Inject
    @ConfigProperty(name = "brobygger.db.user")
    private String applicationUser;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(migrationDataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_user", applicationUser))
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
