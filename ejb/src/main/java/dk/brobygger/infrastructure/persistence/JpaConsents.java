package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.domain.consent.ExpiredConsent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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
    public List<ExpiredConsent> expiredNotAudited(LocalDate day, int atMost) {
        // a consent ends on its own last day or on the last day of the period or mentoring it shares with
        return em.createQuery("SELECT NEW dk.brobygger.domain.consent.ExpiredConsent(c.id, c.student.id,"
                        + " c.validUntil, p.endDate, a.validTo) FROM Consent c LEFT JOIN c.period p"
                        + " LEFT JOIN c.assignment a"
                        + " WHERE c.status = :given AND c.withdrawnAt IS NULL AND c.expiryAuditedAt IS NULL"
                        + " AND (c.validUntil < :day OR p.endDate < :day OR a.validTo < :day) ORDER BY c.id",
                        ExpiredConsent.class)
                .setParameter("given", ConsentStatus.GIVEN).setParameter("day", day).setMaxResults(atMost)
                .getResultList();
    }

    @Override
    public List<Long> markExpiryAudited(Collection<Long> consentIds, Instant at) {
        if (consentIds.isEmpty()) {
            return List.of();
        }
        List<?> marked = em.createNativeQuery("UPDATE consent SET expiry_audited_at = ?1"
                        + " WHERE id = ANY(CAST(?2 AS BIGINT[])) AND expiry_audited_at IS NULL RETURNING id")
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, consentIds.stream().map(String::valueOf).toArray(String[]::new))
                .getResultList();
        return marked.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }
}
