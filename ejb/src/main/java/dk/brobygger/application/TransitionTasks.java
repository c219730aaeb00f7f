package dk.brobygger.application;

import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.SupportOffers;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementPeriods;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.Tasks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

    @Inject
    private Tasks tasks;

    @Inject
    private SupportOffers supportOffers;

    @Inject
    private PlacementPeriods periods;

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
        boolean first = !periods.hasEarlier(period);
        List<SupportOffer> offers = supportOffers.activeTransitions();
        int created = 0;
        for (SupportOffer offer : offers) {
            if (offer.getTransitionRule().appliesTo(first)) {
                tasks.add(Task.transition(offer, period, clock.instant()));
                created++;
            }
        }
        return created;
    }

    /** The period's dates changed: its open tasks move with it. */
    public void periodMoved(PlacementPeriod period) {
        tasks.ofPeriod(period).forEach(t -> t.follow(period.getStartDate(), period.getEndDate()));
    }

    /** The period is removed: its open tasks are cancelled, its closed ones keep their history. */
    public void periodRemoved(PlacementPeriod period, String by) {
        tasks.ofPeriod(period).forEach(t -> t.periodRemoved(by, clock.instant(), null));
        tasks.flush();
    }
}
