package dk.brobygger.application;

import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.Absence;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.Conversation;
import dk.brobygger.domain.plan.GoalLevel;
import dk.brobygger.domain.plan.PeriodStatement;
import dk.brobygger.domain.plan.PlanState;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import java.util.List;
import java.util.Optional;

/**
 * A period's training plan as the caller may see it: the period, the plan (null until someone writes it, when its
 * goals are the catalogue's for the period), every revision of its assessments (latest first), the statement (null
 * until issued), the absence recorded, where it stands, which part the caller writes, and (for the student)
 * whether they share it with their mentor.
 */
public record PlanPage(PlacementPeriod period, TrainingPlan plan, List<Goal> goals, List<Assessment> assessments,
                       PeriodStatement statement, List<Absence> absence, PlanState state, PlanWriter writer,
                       boolean sharedWithMentor) {

    /** A goal of the plan, from the catalogue, with the level expected by the period's end. */
    public record Goal(TrainingGoal goal, GoalLevel level) {
    }

    public PlanPage {
        goals = List.copyOf(goals);
        assessments = List.copyOf(assessments);
        absence = List.copyOf(absence);
    }

    /** The absence days recorded in the period. */
    public int absenceDays() {
        return absence.stream().mapToInt(Absence::getDays).sum();
    }

    /** Whether the plan and its assessments can still be written: until the statement closes them. */
    public boolean open() {
        return statement == null;
    }

    /** The latest revision of a conversation's assessment, if it has begun. */
    public Optional<Assessment> latest(Conversation kind) {
        return assessments.stream().filter(a -> a.getKind() == kind).findFirst();
    }

    /** A goal of the plan by its id, to name an assessment's marks. */
    public TrainingGoal goal(long id) {
        return goals.stream().map(Goal::goal).filter(g -> g.getId() == id).findFirst().orElseThrow();
    }

    /** The earlier, corrected revisions of a conversation's assessment, latest first. */
    public List<Assessment> history(Conversation kind) {
        return assessments.stream().filter(a -> a.getKind() == kind).skip(1).toList();
    }
}
