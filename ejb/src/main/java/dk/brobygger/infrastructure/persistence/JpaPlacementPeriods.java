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
