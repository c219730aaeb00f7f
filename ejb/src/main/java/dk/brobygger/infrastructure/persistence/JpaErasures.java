package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.privacy.DataErasure;
import dk.brobygger.domain.privacy.DataRequest;
import dk.brobygger.domain.privacy.ErasureCategory;
import dk.brobygger.domain.privacy.Erasures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Erasure runs in the database, as the owner (erase_student_data, V22): the application may not delete it all. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaErasures implements Erasures {

    private static final String RESTRICTED = "EXISTS (SELECT 1 FROM data_request r WHERE r.student_id = s.id"
            + " AND r.kind = 'RESTRICTION' AND r.status = 'OPEN')";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Long> due(ErasureCategory category, int months, LocalDate day, int atMost) {
        List<?> ids = em.createNativeQuery("SELECT s.id FROM student s WHERE s.erased_at IS NULL"
                        + " AND s.status <> 'ACTIVE' AND (s.status_date + make_interval(months => ?4))::date <= ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM data_erasure d WHERE d.student_id = s.id"
                        + " AND d.category IN (?2, 'RECORD')) AND NOT " + RESTRICTED
                        + " ORDER BY s.status_date, s.id LIMIT ?3")
                .setParameter(1, Date.valueOf(day)).setParameter(2, category.name()).setParameter(3, atMost)
                .setParameter(4, months).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public boolean restricted(long studentId) {
        return (Boolean) em.createNativeQuery("SELECT " + RESTRICTED + " FROM student s WHERE s.id = ?1")
                .setParameter(1, studentId).getSingleResult();
    }

    @Override
    public int erase(long studentId, ErasureCategory category) {
        // what this transaction changed is written first; the rows the function erases are not read again here
        em.flush();
        return ((Number) em.createNativeQuery("SELECT erase_student_data(?1, ?2)").setParameter(1, studentId)
                .setParameter(2, category.name()).getSingleResult()).intValue();
    }

    @Override
    public int eraseAuditContentBefore(Instant cutoff, int atMost) {
        return ((Number) em.createNativeQuery("SELECT erase_audit_content_before(?1, ?2)")
                .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).setParameter(2, atMost)
                .getSingleResult()).intValue();
    }

    @Override
    public List<DataErasure> of(long studentId) {
        return em.createQuery("SELECT d FROM DataErasure d WHERE d.student.id = :student ORDER BY d.erasedAt",
                DataErasure.class).setParameter("student", studentId).getResultList();
    }

    @Override
    public List<DataErasure> forRequest(DataRequest request) {
        return em.createQuery("SELECT d FROM DataErasure d WHERE d.request = :request ORDER BY d.erasedAt",
                DataErasure.class).setParameter("request", request).getResultList();
    }

    @Override
    public void add(DataErasure erasure) {
        em.persist(erasure);
    }
}
