package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.student.Page;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** The data protection officer reads the audit trail, newest first, paged in the database. */
@Stateless
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class AuditService {

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    /** Events, optionally only those about one student or by one user. */
    public Page<AuditEvent> events(Long studentId, String username, int first, int size) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.READ_AUDIT, "AuditEvent", null, null);
        String where = " WHERE 1 = 1" + (studentId == null ? "" : " AND e.studentId = :student")
                + (username == null || username.isBlank() ? "" : " AND e.actorUsername = :username");
        TypedQuery<AuditEvent> page = em.createQuery("SELECT e FROM AuditEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        if (studentId != null) {
            page.setParameter("student", studentId);
            count.setParameter("student", studentId);
        }
        if (username != null && !username.isBlank()) {
            page.setParameter("username", username.strip());
            count.setParameter("username", username.strip());
        }
        Page<AuditEvent> result = new Page<>(page.setFirstResult(first).setMaxResults(size).getResultList(),
                count.getSingleResult());
        audit.allowed(caller, AuditAction.READ_AUDIT, "AuditEvent", null, studentId,
                result.rows().size() + " of " + result.total());
        return result;
    }
}
