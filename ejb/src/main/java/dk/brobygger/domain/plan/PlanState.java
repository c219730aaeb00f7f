package dk.brobygger.domain.plan;

import java.time.LocalDate;

/**
 * Where a period's plan stands on a day, for the supervisor's and contact person's lists (docs/training-plan.md):
 * what is to be done next, and whether it is overdue.
 */
public record PlanState(Step step, LocalDate due, boolean overdue) {

    /** The next thing to do. */
    public enum Step { PLAN_NOT_AGREED, PLAN_AGREED, MIDTERM_DUE, MIDTERM_DONE, FINAL_DUE, FINAL_DONE }

    /**
     * The state of a plan (null: none yet) with its latest midterm and final assessments (null: none yet) on
     * {@code day}: a conversation is due from its agreed date and overdue after it, until it is completed.
     */
    public static PlanState of(TrainingPlan plan, Assessment midterm, Assessment last, LocalDate day) {
        if (plan == null || !plan.isAgreed()) {
            return new PlanState(Step.PLAN_NOT_AGREED, null, false);
        }
        if (midterm == null || !midterm.isCompleted()) {
            return due(Step.PLAN_AGREED, Step.MIDTERM_DUE, plan.getMidtermDate(), day);
        }
        if (last == null || !last.isCompleted()) {
            return due(Step.MIDTERM_DONE, Step.FINAL_DUE, plan.getFinalDate(), day);
        }
        return new PlanState(Step.FINAL_DONE, null, false);
    }

    private static PlanState due(Step before, Step from, LocalDate date, LocalDate day) {
        return day.isBefore(date) ? new PlanState(before, date, false) : new PlanState(from, date, day.isAfter(date));
    }
}
