package dk.brobygger.infrastructure.persistence;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's migrations (Flyway, {@code db/migration}). The migrate command runs them as the schema owner before
 * the application is deployed (README, "Configuration"); the running application never holds the owner's
 * credentials and only checks that its schema is at this version's migrations ({@link SchemaCheck}).
 */
public final class Migrations {

    /** The application's own schema, created and owned by the schema owner; nobody else may create in it. */
    public static final String SCHEMA = "brobygger";

    private Migrations() {
    }

    /** Applies the pending migrations as the schema owner; returns the schema's version after them. */
    public static String migrate(DataSource owner, String applicationUser) {
        MigrateResult result = flyway(owner, applicationUser).migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /**
     * Refuses a schema that misses one of this version's migrations, or has one this version does not know:
     * read with the application's own user, who may read the migrations' history but change nothing.
     */
    public static void requireCurrent(DataSource application, String applicationUser) {
        try {
            flyway(application, applicationUser).validate();
        } catch (FlywayException e) {
            throw new IllegalStateException("The database schema is not at this version's migrations; run the"
                    + " migrate command before deploying (README, bin/migrate). " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(DataSource dataSource, String applicationUser) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_user", applicationUser))
                .load();
    }
}
