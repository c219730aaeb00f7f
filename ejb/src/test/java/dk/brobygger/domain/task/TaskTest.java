package dk.brobygger.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.offer.OfferDescription;
import dk.brobygger.domain.offer.OfferFormat;
import dk.brobygger.domain.offer.OfferLevel;
import dk.brobygger.domain.offer.OfferTiming;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.TransitionRule;
import dk.brobygger.domain.placement.PeriodCode;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate START = LocalDate.of(2027, 2, 1);
    static final LocalDate END = LocalDate.of(2027, 4, 30);

    final Student sara = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null, Programme.SSA,
            SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2025, 8, 1));
    final PlacementPeriod period = new PlacementPeriod(sara, new Placement("Plejecenter Solhaven",
            PlacementType.NURSING_HOME, PlacementSize.MEDIUM, "Amager", Set.of()), new PeriodCode("1a"), START, END,
            Set.of());

    static SupportOffer transition(TaskAnchor anchor, int days, TransitionRule.Periods periods) {
        return new SupportOffer(new OfferDescription("DAG", "Dag", "Day", "Dag.", "Day.", 3, OfferLevel.GENERAL,
                OfferFormat.GROUP, OfferTiming.ANY_TIME, "Skolen", null, Set.of(),
                new TransitionRule(anchor, days, periods)));
    }

    @Test
    void aTransitionTaskFallsItsDaysFromThePeriodsStartOrEnd() {
        assertEquals(START.minusDays(14), Task.transition(transition(TaskAnchor.START, -14,
                TransitionRule.Periods.FIRST), period, NOW).getDueOn(), "two weeks before");
        assertEquals(START.plusDays(21), Task.transition(transition(TaskAnchor.START, 21,
                TransitionRule.Periods.FIRST), period, NOW).getDueOn(), "three weeks into it");
        assertEquals(END.plusDays(7), Task.transition(transition(TaskAnchor.END, 7,
                TransitionRule.Periods.EVERY), period, NOW).getDueOn(), "a week after it");
    }

    @Test
    void aFirstPeriodRuleGivesTasksForTheFirstPeriodOnly() {
        assertTrue(new TransitionRule(TaskAnchor.START, -14, TransitionRule.Periods.FIRST).appliesTo(true));
        assertFalse(new TransitionRule(TaskAnchor.START, -14, TransitionRule.Periods.FIRST).appliesTo(false));
        assertTrue(new TransitionRule(TaskAnchor.END, 7, TransitionRule.Periods.EVERY).appliesTo(false));
        assertThrows(IllegalArgumentException.class,
                () -> new TransitionRule(TaskAnchor.END, 400, TransitionRule.Periods.EVERY));
    }

    @Test
    void anOpenTaskMovesWithItsPeriodAndADoneOneKeepsItsDate() {
        Task open = Task.transition(transition(TaskAnchor.START, 21, TransitionRule.Periods.FIRST), period, NOW);
        Task done = Task.transition(transition(TaskAnchor.START, -14, TransitionRule.Periods.FIRST), period, NOW);
        done.done("kp.hansen", NOW, "Eleven deltog.");

        open.follow(START.plusDays(10), END.plusDays(10));
        done.follow(START.plusDays(10), END.plusDays(10));

        assertEquals(START.plusDays(31), open.getDueOn());
        assertEquals(START.minusDays(14), done.getDueOn());
        assertThrows(IllegalStateException.class, () -> done.done("kp.hansen", NOW, "Igen."));
    }

    @Test
    void removingThePeriodCancelsAnOpenTaskAndLeavesADoneOne() {
        Task open = Task.transition(transition(TaskAnchor.START, 21, TransitionRule.Periods.FIRST), period, NOW);
        Task done = Task.transition(transition(TaskAnchor.START, -14, TransitionRule.Periods.FIRST), period, NOW);
        done.done("kp.hansen", NOW, "Eleven deltog.");

        open.periodRemoved("ul.christensen", NOW, null);
        done.periodRemoved("ul.christensen", NOW, null);

        assertEquals(TaskStatus.CANCELLED, open.getStatus());
        assertEquals(TaskStatus.DONE, done.getStatus());
        assertNull(open.getPeriod());
        assertNull(done.getPeriod());
        assertFalse(open.overdueOn(START.plusYears(1)), "a cancelled task is never overdue");
    }
}
