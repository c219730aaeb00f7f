package dk.brobygger.application;

import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskStatus;
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
 * Keeps the contact person's transition tasks in step with a student's placement periods: created from the
 * catalogue's active transition offers when a period is registered, moved when its dates change, cancelled when it
 * is removed. Runs in the transaction of the period's change, which has already been allowed and audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TransitionTasks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Creates the tasks for a newly registered period: those of every period, and if it is the student's first,
     * those of the first period. A period that has already ended (registered afterwards, for the record) gets none.
     *
     * @return how many tasks were created
     */
    public int periodRegistered(PlacementPeriod period) {
        if (period.getEndDate().isBefore(LocalDate.now(clock))) {
            return 0;
        }
        boolean first = em.createQuery("SELECT COUNT(p) FROM PlacementPeriod p WHERE p.student = :student"
                        + " AND p.startDate < :start AND p.id <> :id", Long.class)
                .setParameter("student", period.getStudent()).setParameter("start", period.getStartDate())
                .setParameter("id", period.getId()).getSingleResult() == 0;
        List<SupportOffer> offers = em.createQuery("SELECT o FROM SupportOffer o WHERE o.active = TRUE"
                + " AND o.transitionRule.anchor IS NOT NULL ORDER BY o.code", SupportOffer.class).getResultList();
        int created = 0;
        for (SupportOffer offer : offers) {
            if (offer.getTransitionRule().appliesTo(first)) {
                em.persist(Task.transition(offer, period, clock.instant()));
                created++;
            }
        }
        return created;
    }

    /** The period's dates changed: its open tasks move with it. */
    public void periodMoved(PlacementPeriod period) {
        tasksOf(period).forEach(t -> t.follow(period.getStartDate(), period.getEndDate()));
    }

    /** The period is removed: its open tasks are cancelled, its closed ones keep their history. */
    public void periodRemoved(PlacementPeriod period, String by) {
        tasksOf(period).forEach(t -> t.periodRemoved(by, clock.instant(), null));
        em.flush();
    }

    private List<Task> tasksOf(PlacementPeriod period) {
        return em.createQuery("SELECT t FROM Task t WHERE t.period = :period", Task.class)
                .setParameter("period", period).getResultList();
    }
}
