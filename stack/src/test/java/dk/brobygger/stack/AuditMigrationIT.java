package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An installation upgraded to structured audit (V7, docs/audit.md): events written as text before are converted
 * to data and the chain is sealed again; a broken chain stops the upgrade instead. Each case migrates a schema
 * of its own in the test database, from V6 with events in the old form. The application is deployed first, so
 * that the database's extensions are in place (in the application's schema), as on an installation.
 */
@ExtendWith(ArquillianExtension.class)
class AuditMigrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** The first place where an event's hash or its link to the one before no longer matches. */
    private static final String FIRST_BREAK = "SELECT chain_seq FROM (SELECT e.chain_seq, e.hash, e.previous_hash,"
            + " audit_event_hash(e.previous_hash, e) AS expected, lag(e.hash) OVER w AS before_hash"
            + " FROM audit_event e WHERE e.chain_seq IS NOT NULL WINDOW w AS (ORDER BY e.chain_seq)) t"
            + " WHERE hash IS DISTINCT FROM expected OR previous_hash IS DISTINCT FROM coalesce(before_hash, 'genesis')"
            + " ORDER BY chain_seq LIMIT 1";

    @Test
    void eventsWrittenAsTextBecomeDataAndTheChainStaysIntact() throws Exception {
        String schema = "upgrade_intact";
        migrate(schema, "6");
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            oldEvents(s);
            migrate(schema, "7");
            assertEquals(List.of("LANGUAGE:FULL", "SOCIAL:ACCOMMODATIONS"), rows(s, "SELECT category || ':' || level"
                    + " FROM audit_seen_need n JOIN audit_event e ON e.id = n.event_id WHERE e.record_type = 'Need1'"
                    + " ORDER BY n.position"));
            assertEquals(List.of("ACADEMIC:FULL", "LANGUAGE:FULL"), rows(s, "SELECT category || ':' || level"
                    + " FROM audit_seen_need n JOIN audit_event e ON e.id = n.event_id WHERE e.record_type = 'Need2'"
                    + " ORDER BY n.position"));
            assertEquals(List.of("to link an offer"), rows(s, "SELECT reason FROM audit_event WHERE record_type = 'Need2'"));
            assertEquals(List.of("PLACEMENT|-"), rows(s, "SELECT student_view || '|' || coalesce(reason, '-')"
                    + " FROM audit_event WHERE record_type = 'Student'"));
            assertEquals(List.of("-"), rows(s, "SELECT coalesce(reason, '-') FROM audit_event WHERE record_type = 'Need3'"));
            assertEquals(List.of("the caller may not"), rows(s, "SELECT reason FROM audit_event WHERE outcome = 'DENIED'"));
            assertEquals(List.of(), rows(s, FIRST_BREAK), "the chain is intact after the conversion");
        }
    }

    @Test
    void aBrokenChainStopsTheUpgrade() throws Exception {
        String schema = "upgrade_broken";
        migrate(schema, "6");
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            oldEvents(s);
            s.execute("UPDATE audit_event SET reason = 'FULL' WHERE outcome = 'DENIED'");
            FlywayException stopped = assertThrows(FlywayException.class, () -> migrate(schema, "7"));
            assertTrue(stopped.getMessage().contains("hash chain is broken"), stopped.getMessage());
            assertEquals(List.of("6"), rows(s, "SELECT max(version) FROM flyway_schema_history WHERE success"));
        }
    }

    /** Events as V2-V6 wrote them, each sealed by its own transaction's commit. */
    private static void oldEvents(Statement s) throws SQLException {
        event(s, "VIEW_NEEDS", "Need1", "ALLOWED", "LANGUAGE:FULL;SOCIAL:ACCOMMODATIONS");
        event(s, "VIEW_NEEDS", "Need2", "ALLOWED", "to link an offer: ACADEMIC;LANGUAGE");
        event(s, "VIEW_NEEDS", "Need3", "ALLOWED", "-");
        event(s, "VIEW", "Student", "ALLOWED", "PLACEMENT");
        event(s, "VIEW", "Student2", "DENIED", "the caller may not");
    }

    private static void event(Statement s, String action, String recordType, String outcome, String reason)
            throws SQLException {
        s.execute("INSERT INTO audit_event (id, occurred_at, actor_username, actor_roles, action, record_type,"
                + " student_id, outcome, reason) VALUES (nextval('record_seq'), clock_timestamp(), 'ov.nielsen',"
                + " 'training-supervisor', '" + action + "', '" + recordType + "', 1, '" + outcome + "', '" + reason
                + "')");
    }

    /**
     * Migrates the schema up to {@code target}. The extensions (pg_trgm, btree_gist) are installed once per
     * database, in the application's schema: Flyway keeps that schema on the search path behind this one.
     */
    private static void migrate(String schema, String target) {
        DatabaseSettings db = TestStack.database();
        Flyway.configure(AuditMigrationIT.class.getClassLoader())
                .dataSource(db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=brobygger",
                        db.ownerUser(), db.ownerPassword())
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_user", db.appUser()))
                .target(target)
                .load()
                .migrate();
    }

    private static Connection connect(String schema) throws SQLException {
        DatabaseSettings db = TestStack.database();
        Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path = " + schema);
        }
        return c;
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
