package dk.brobygger.infrastructure.audit;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvent.Outcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;

/**
 * Writes the audit trail. What was allowed is written in the transaction of the action itself, so a read or
 * change and its record stand or fall together; a refusal is written in a transaction of its own, so that it
 * stays although the refused request fails. Only the gate (docs/architecture.md) writes here for a caller.
 */
@Stateless
public class AuditTrail {

    /** The actor of what the application does by itself. */
    public static final String SYSTEM = "brobygger";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowed(Caller caller, AuditEntry entry) {
        write(caller, entry, Outcome.ALLOWED);
        em.flush();
    }

    /** The same allowed action for each of these students (a list shows each of them). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowedEach(Caller caller, AuditEntry entry, Collection<Long> studentIds) {
        studentIds.forEach(id -> write(caller, entry.withStudent(id).withRecord(
                entry.recordId() == null ? id : entry.recordId()), Outcome.ALLOWED));
        em.flush();
    }

    /** A refusal; {@code entry}'s detail says why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Caller caller, AuditEntry entry) {
        write(caller, entry, Outcome.DENIED);
        em.flush();
    }

    /** Something the application itself did, such as noting that a consent has expired. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void bySystem(AuditEntry entry) {
        em.persist(new AuditEvent(clock.instant(), null, SYSTEM, "-", entry, Outcome.ALLOWED));
        em.flush();
    }

    private void write(Caller caller, AuditEntry entry, Outcome outcome) {
        em.persist(new AuditEvent(clock.instant(), caller.subject(), caller.username(), caller.rolesText(), entry,
                outcome));
    }
}
