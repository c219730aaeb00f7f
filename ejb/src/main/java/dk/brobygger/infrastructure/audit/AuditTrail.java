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

/**
 * Writes the audit trail. What was allowed is written in the transaction of the action itself, so a read or
 * change and its record stand or fall together; a refusal is written in a transaction of its own, so that it
 * stays although the refused request fails.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowed(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                        String detail) {
        write(caller, action, recordType, recordId, studentId, Outcome.ALLOWED, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                        String reason) {
        write(caller, action, recordType, recordId, studentId, Outcome.DENIED, reason);
    }

    private void write(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId,
                       Outcome outcome, String reason) {
        em.persist(new AuditEvent(clock.instant(), caller.subject(), caller.username(), caller.rolesText(), action,
                recordType, recordId, studentId, outcome, reason));
        em.flush();
    }
}
