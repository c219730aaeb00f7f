package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.consent.Consents;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaConsents implements Consents {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Consent> byId(long id) {
        return Optional.ofNullable(em.find(Consent.class, id));
    }

    @Override
    public List<Consent> givenFor(long studentId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.student.id = :student"
                        + " AND c.status = :given AND c.withdrawnAt IS NULL", Consent.class)
                .setParameter("student", studentId).setParameter("given", ConsentStatus.GIVEN).getResultList();
    }

    @Override
    public List<Consent> historyOf(long studentId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.student.id = :student"
                        + " ORDER BY c.proposedAt DESC, c.id DESC", Consent.class)
                .setParameter("student", studentId).getResultList();
    }

    @Override
    public List<Consent> expiryNotAudited() {
        return em.createQuery("SELECT c FROM Consent c WHERE c.status = :given AND c.withdrawnAt IS NULL"
                        + " AND c.expiryAuditedAt IS NULL", Consent.class)
                .setParameter("given", ConsentStatus.GIVEN).getResultList();
    }

    @Override
    public boolean markExpiryAudited(long consentId, Instant at) {
        return em.createQuery("UPDATE Consent c SET c.expiryAuditedAt = :now WHERE c.id = :id"
                        + " AND c.expiryAuditedAt IS NULL")
                .setParameter("now", at).setParameter("id", consentId).executeUpdate() == 1;
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }
}
