package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.application.ProfileService;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.infrastructure.persistence.SchemaCheck;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the real Payara against the real PostgreSQL: the schema comes from migrations, and it works. */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(DatabaseIT.class);
    }

    @Resource(lookup = SchemaCheck.APP_DATA_SOURCE)
    private DataSource application;

    @Inject
    private UserProfiles profileStore;

    @Inject
    private UserTransaction tx;

    @EJB
    private ProfileService profiles;

    /** The migrate command ran before the deployment, as the schema owner; the application reads its history. */
    @Test
    void everyMigrationHasBeenAppliedBeforeTheDeploy() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success),"
                             + " max(version::int) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "at least the first migration ran");
            assertEquals(0, rs.getInt(2), "no failed migration");
            assertTrue(rs.getInt(3) >= 1);
        }
    }

    /**
     * The running application holds no credentials of the schema owner: every session on its database is the
     * application user's (the migrations ran, and closed, before it was deployed).
     */
    @Test
    void theApplicationConnectsOnlyAsItsOwnUser() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(DISTINCT usename, ', ') FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND backend_type = 'client backend'"
                     + " AND usename <> current_user")) {
            rs.next();
            assertEquals(null, rs.getString(1), "sessions of other users");
        }
    }

    @Test
    void theApplicationsDatabaseUserCannotChangeTheSchema() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            SQLException create = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE intruder (x int)"));
            assertEquals("42501", create.getSQLState(), "permission denied");
            SQLException drop = assertThrows(SQLException.class, () -> s.execute("DROP TABLE user_profile"));
            assertEquals("42501", drop.getSQLState(), "permission denied (only the owner may drop)");
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplicationsDatabaseUser() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_event (id, occurred_at, actor_username, actor_roles, action, record_type,"
                    + " outcome) VALUES (nextval('record_seq'), now(), 'test', '-', 'VIEW', 'Test', 'ALLOWED')");
            SQLException update = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE audit_event SET reason = 'changed'"));
            assertEquals("42501", update.getSQLState(), "permission denied");
            SQLException delete = assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit_event"));
            assertEquals("42501", delete.getSQLState(), "permission denied");
            SQLException truncate = assertThrows(SQLException.class, () -> s.execute("TRUNCATE audit_event"));
            assertEquals("42501", truncate.getSQLState(), "permission denied");
            SQLException placed = assertThrows(SQLException.class, () -> s.execute("INSERT INTO audit_event (id,"
                    + " occurred_at, actor_username, actor_roles, action, record_type, outcome, chain_seq, hash)"
                    + " VALUES (nextval('record_seq'), now(), 'test', '-', 'VIEW', 'Test', 'ALLOWED', 1, 'x')"));
            assertTrue(placed.getMessage().contains("placed in the chain when it is sealed"), placed.getMessage());
        }
    }

    @Test
    void theJournalAndTheStatusHistoryAreOnlyAddedTo() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE journal_entry SET text = 'changed'", "DELETE FROM journal_entry",
                    "UPDATE student_status_change SET reason = 'changed'", "DELETE FROM student_status_change")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change));
                assertEquals("42501", refused.getSQLState(), change + ": permission denied");
            }
        }
    }

    @Test
    void aProfileIsStoredReadBackAndVersionedOnChange() throws Exception {
        String subject = UUID.randomUUID().toString();
        String username = "test." + subject.substring(0, 8);
        Instant first = Instant.parse("2026-11-23T08:00:00.123456Z");
        Instant second = Instant.parse("2026-11-24T09:30:00Z");

        tx.begin();
        profileStore.add(new UserProfile(subject, username, "Test Bruger", "test@brobygger.example", first));
        tx.commit();

        tx.begin();
        UserProfile stored = profileStore.bySubject(subject).orElseThrow();
        assertEquals("Test Bruger", stored.getDisplayName());
        assertEquals(first, stored.getFirstSignIn(), "the instant survives to the microsecond");
        long version = stored.getVersion();
        stored.signedIn(subject, username, "Test Brugersen", null, second);
        tx.commit();

        tx.begin();
        UserProfile changed = profileStore.bySubject(subject).orElseThrow();
        tx.commit();
        assertEquals("Test Brugersen", changed.getDisplayName());
        assertEquals(second, changed.getLastSignIn());
        assertEquals(version + 1, changed.getVersion());
    }

    @Test
    void aSignInCannotBeRecordedWithoutASignedInCaller() {
        assertThrows(EJBException.class, profiles::recordSignIn);
    }
}
