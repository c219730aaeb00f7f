package dk.brobygger.domain.plan;

import dk.brobygger.domain.placement.PlacementPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * One of a period's three tasks for its supervisor (docs/training-plan.md), made from the plan as it stands rather
 * than stored: the midterm conversation, due on its agreed date or else halfway through the period; the final
 * conversation, due on its agreed date or else at the period's end; the statement, due at the period's end. A
 * conversation is done when both have confirmed it, the statement when it is issued.
 */
public record PlanTask(Kind kind, LocalDate due, boolean done, boolean overdue) {

    /** What is to be done. */
    public enum Kind { MIDTERM, FINAL, STATEMENT }

    /**
     * The period's three tasks on {@code day}, from its plan (null: none yet), latest assessments and statement
     * (null: none); a task open after its day is overdue.
     */
    public static List<PlanTask> of(PlacementPeriod period, TrainingPlan plan, Assessment midterm, Assessment last,
                                    PeriodStatement statement, LocalDate day) {
        LocalDate halfway = period.getStartDate().plusDays(
                (period.getEndDate().toEpochDay() - period.getStartDate().toEpochDay()) / 2);
        LocalDate midtermDay = plan != null && plan.getMidtermDate() != null ? plan.getMidtermDate() : halfway;
        LocalDate finalDay = plan != null && plan.getFinalDate() != null ? plan.getFinalDate() : period.getEndDate();
        return List.of(task(Kind.MIDTERM, midtermDay, midterm != null && midterm.isCompleted(), day),
                task(Kind.FINAL, finalDay, last != null && last.isCompleted(), day),
                task(Kind.STATEMENT, period.getEndDate(), statement != null, day));
    }

    private static PlanTask task(Kind kind, LocalDate due, boolean done, LocalDate day) {
        return new PlanTask(kind, due, done, !done && day.isAfter(due));
    }
}
