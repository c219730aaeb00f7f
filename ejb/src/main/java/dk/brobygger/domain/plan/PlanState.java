package dk.brobygger.domain.plan;

import dk.brobygger.domain.placement.PlacementPeriod;
import java.time.LocalDate;

/**
 * Where a period's plan stands on a day, for the supervisor's and contact person's lists (docs/training-plan.md):
 * what is to be done next, by when, and whether it is overdue.
 */
public record PlanState(Step step, LocalDate due, boolean overdue) {

    /** The next thing to do. */
    public enum Step {
        PLAN_NOT_AGREED, PLAN_AGREED, MIDTERM_DUE, MIDTERM_DONE, FINAL_DUE, STATEMENT_DUE, STATEMENT_MISSING,
        STATEMENT_ISSUED
    }

    /**
     * The state of a period's plan (null: none yet) with its latest midterm and final assessments and its statement
     * (each null: none yet) on {@code day}. A conversation is due from its agreed date and overdue after it, until
     * both have confirmed it; the statement is due by the period's end, and missing after it.
     */
    public static PlanState of(PlacementPeriod period, TrainingPlan plan, Assessment midterm, Assessment last,
                               PeriodStatement statement, LocalDate day) {
        if (statement != null) {
            return new PlanState(Step.STATEMENT_ISSUED, null, false);
        }
        if (day.isAfter(period.getEndDate())) {
            return new PlanState(Step.STATEMENT_MISSING, period.getEndDate(), true);
        }
        if (plan == null || !plan.isAgreed()) {
            return new PlanState(Step.PLAN_NOT_AGREED, null, false);
        }
        if (midterm == null || !midterm.isCompleted()) {
            return due(Step.PLAN_AGREED, Step.MIDTERM_DUE, plan.getMidtermDate(), day);
        }
        if (last == null || !last.isCompleted()) {
            return due(Step.MIDTERM_DONE, Step.FINAL_DUE, plan.getFinalDate(), day);
        }
        return new PlanState(Step.STATEMENT_DUE, period.getEndDate(), false);
    }

    private static PlanState due(Step before, Step from, LocalDate date, LocalDate day) {
        return day.isBefore(date) ? new PlanState(before, date, false) : new PlanState(from, date, day.isAfter(date));
    }
}
