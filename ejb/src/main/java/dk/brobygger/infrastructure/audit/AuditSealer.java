package dk.brobygger.infrastructure.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals committed audit events into the hash chain, outside every user's request (docs/audit.md, "Sealing"):
 * every second, up to {@link #BATCH} events, oldest first, in one transaction. A request only inserts its events,
 * so no request waits for the chain. Events written while the sealer is stopped, or during a batch that failed,
 * are sealed at its next run.
 */
@Singleton
@PermitAll
public class AuditSealer {

    /** The most events one run seals. */
    public static final int BATCH = 10_000;

    /** An event still unsealed after this long means the sealer is not running: the chain check says so. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void sealCommitted() {
        try {
            em.createNativeQuery("SELECT seal_audit_events(?1)").setParameter(1, BATCH).getSingleResult();
        } catch (PersistenceException e) {
            // the database is away; the events wait for the next run
            LOG.log(Level.WARNING, "Could not seal audit events now: {0}", e.getMessage());
        }
    }
}
