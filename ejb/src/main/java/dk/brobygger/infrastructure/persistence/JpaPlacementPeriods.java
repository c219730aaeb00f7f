package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementPeriods;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaPlacementPeriods implements PlacementPeriods {

    /** A removal recorded in period_former_supervisor {@code f} counts while the person is not back on the period. */
    static final String STILL_OFF = "NOT EXISTS (SELECT 1 FROM period_supervisor ps"
            + " WHERE ps.period_id = f.period_id AND ps.profile_id = f.profile_id)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<PlacementPeriod> byId(long id) {
        return Optional.ofNullable(em.find(PlacementPeriod.class, id));
    }

    @Override
    public List<PlacementPeriod> notEndedAt(Placement placement, LocalDate day) {
        return em.createQuery("SELECT p FROM PlacementPeriod p WHERE p.placement = :placement AND p.endDate >= :today",
                        PlacementPeriod.class)
                .setParameter("placement", placement).setParameter("today", day)
                .getResultList();
    }

    @Override
    public List<PlacementPeriod> notEndedOf(long studentId, LocalDate day) {
        return em.createQuery("SELECT p FROM PlacementPeriod p WHERE p.student.id = :student AND p.endDate >= :today"
                        + " ORDER BY p.startDate", PlacementPeriod.class)
                .setParameter("student", studentId).setParameter("today", day).getResultList();
    }

    @Override
    public List<PlacementPeriod> supervisedBy(Long profileId, LocalDate day) {
        return profileId == null ? List.of() : em.createQuery("SELECT p FROM PlacementPeriod p JOIN p.supervisors s"
                        + " WHERE s.id = :me AND (p.endDate >= :today OR NOT EXISTS (SELECT t FROM PeriodStatement t"
                        + " WHERE t.period = p)) ORDER BY p.startDate, p.id", PlacementPeriod.class)
                .setParameter("me", profileId).setParameter("today", day).getResultList();
    }

    @Override
    public List<PlacementPeriod> takenOff(Long profileId) {
        if (profileId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT f.period_id FROM period_former_supervisor f WHERE f.profile_id"
                        + " = ?1 AND " + STILL_OFF + " AND NOT EXISTS (SELECT 1 FROM period_statement t"
                        + " WHERE t.period_id = f.period_id)")
                .setParameter(1, profileId).getResultList();
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT p FROM PlacementPeriod p WHERE p.id IN :ids"
                        + " ORDER BY p.startDate, p.id", PlacementPeriod.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    @Override
    public boolean formerSupervisor(long periodId, Long profileId) {
        return profileId != null && !em.createNativeQuery("SELECT 1 FROM period_former_supervisor f"
                        + " WHERE f.period_id = ?1 AND f.profile_id = ?2 AND " + STILL_OFF)
                .setParameter(1, periodId).setParameter(2, profileId).getResultList().isEmpty();
    }

    @Override
    public boolean hasEarlier(PlacementPeriod period) {
        return em.createQuery("SELECT COUNT(p) FROM PlacementPeriod p WHERE p.student = :student"
                        + " AND p.startDate < :start AND p.id <> :id", Long.class)
                .setParameter("student", period.getStudent()).setParameter("start", period.getStartDate())
                .setParameter("id", period.getId()).getSingleResult() > 0;
    }

    @Override
    public void add(PlacementPeriod period) {
        em.persist(period);
    }

    @Override
    public void remove(PlacementPeriod period) {
        em.remove(period);
    }
}
