package dk.brobygger.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before anything else uses the database, checks that its schema is at this version's migrations, which the
 * migrate command applied as the schema owner (Migrations); a schema behind or ahead fails the deploy with a clear
 * message. The application connects only as a user that reads and writes rows (and not even that on the audit
 * trail), from configuration (README).
 */
@DataSourceDefinition(
        name = SchemaCheck.APP_DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=brobygger.db.url}",
        user = "${MPCONFIG=brobygger.db.user}",
        password = "${MPCONFIG=brobygger.db.password}",
        // Through a database restart (docs/security.md, "Faults"): a connection is checked before each use,
        // and one found broken drops the whole pool, so the first request after the restart gets a new one.
        // While the database is down a request fails within seconds (connect 3 s, wait for the pool 5 s), and
        // a statement that hangs on a dead connection is cut at 60 s.
        properties = {
            "currentSchema=" + Migrations.SCHEMA,
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
        maxPoolSize = 30)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaCheck {

    public static final String APP_DATA_SOURCE = "java:app/jdbc/brobygger";

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class.getName());

    @Resource(lookup = APP_DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "brobygger.db.user")
    private String applicationUser;

    @PostConstruct
    void check() {
        Migrations.requireCurrent(dataSource, applicationUser);
        LOG.info("The database schema is at this version's migrations");
    }
}
