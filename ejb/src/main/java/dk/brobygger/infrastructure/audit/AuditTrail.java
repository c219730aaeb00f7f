package dk.brobygger.infrastructure.audit;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvent.Outcome;
import dk.brobygger.security.Caller;
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
 * stays although the refused request fails.
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
    public void allowed(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                        String detail) {
        allowed(caller, action, recordType, recordId, studentId, detail, null);
    }

    /** An allowed action by someone outside the school: {@code organisation} names where they are. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowed(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                        String detail, String organisation) {
        write(caller, action, recordType, recordId, studentId, Outcome.ALLOWED, detail, organisation);
        em.flush();
    }

    /** The same allowed action for each of these students (a list shows each of them). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowedEach(Caller caller, AuditAction action, String recordType, Collection<Long> studentIds,
                            String detail) {
        studentIds.forEach(id -> write(caller, action, recordType, id, id, Outcome.ALLOWED, detail, null));
        em.flush();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                        String reason) {
        write(caller, action, recordType, recordId, studentId, Outcome.DENIED, reason, null);
        em.flush();
    }

    /** Something the application itself did, such as noting that a consent has expired. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void bySystem(AuditAction action, String recordType, Long recordId, Long studentId, String detail) {
        em.persist(new AuditEvent(clock.instant(), null, SYSTEM, "-", action, recordType, recordId, studentId,
                Outcome.ALLOWED, detail, null));
        em.flush();
    }

    private void write(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                       Outcome outcome, String reason, String organisation) {
        em.persist(new AuditEvent(clock.instant(), caller.subject(), caller.username(), caller.rolesText(), action,
                recordType, recordId, studentId, outcome, reason, organisation));
    }
}
