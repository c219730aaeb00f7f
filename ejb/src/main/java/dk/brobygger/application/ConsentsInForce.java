package dk.brobygger.application;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
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
 * remembered between requests); consents a supervisor or mentor meets that have expired are written to the audit
 * trail on the way (and by {@link ConsentExpiry} every five minutes for the rest).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConsentsInForce {

    @Inject
    private ConsentExpiry expiry;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** {@code relationship}: how the caller stands to the student, as the gate found it for this request. */
    public ConsentPolicy.Shared shared(Caller caller, Relationship relationship, long studentId) {
        List<Consent> consents = List.of();
        if (ConsentPolicy.throughConsents(caller, relationship)) {
            consents = em.createQuery("SELECT c FROM Consent c WHERE c.student.id = :student"
                            + " AND c.status = :given AND c.withdrawnAt IS NULL", Consent.class)
                    .setParameter("student", studentId).setParameter("given", ConsentStatus.GIVEN).getResultList();
            expiry.record(consents);
        }
        return ConsentPolicy.shared(caller, relationship, consents, LocalDate.now(clock));
    }
}
