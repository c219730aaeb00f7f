package dk.brobygger.application;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.ConsentPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What of a student's needs the caller may see at this moment, read from the consents as they stand now (never
 * remembered between requests); consents found to have expired are written to the audit trail on the way.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConsentsInForce {

    @Inject
    private AccessGuard guard;

    @Inject
    private ConsentExpiry expiry;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    public ConsentPolicy.Shared shared(Caller caller, long studentId) {
        List<Consent> consents = em.createQuery("SELECT c FROM Consent c WHERE c.student.id = :student"
                        + " AND c.status = :given AND c.withdrawnAt IS NULL", Consent.class)
                .setParameter("student", studentId).setParameter("given", ConsentStatus.GIVEN).getResultList();
        expiry.record(consents);
        return ConsentPolicy.shared(caller, guard.relationship(caller, studentId), consents, LocalDate.now(clock));
    }
}
