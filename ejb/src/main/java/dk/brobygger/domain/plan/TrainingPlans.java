package dk.brobygger.domain.plan;

import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Programme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored training goals, plans and assessments. */
public interface TrainingPlans {

    /** The programme's goals in the catalogue's newest version (imported last), by number, with their periods. */
    List<TrainingGoal> catalogue(Programme programme);

    /** Whether the programme's catalogue has this version. */
    boolean hasVersion(Programme programme, String version);

    /** A new version of a programme's catalogue. */
    void addGoals(List<TrainingGoal> goals);

    /** These goals of the catalogue, in any version. */
    List<TrainingGoal> goals(List<Long> ids);

    /** The period's plan, with its goals, if it has one. */
    Optional<TrainingPlan> ofPeriod(long periodId);

    /** The plans of these periods, without their goals. */
    List<TrainingPlan> ofPeriods(List<PlacementPeriod> periods);

    /** Every revision of the plan's assessments, by conversation and revision, with their marks. */
    List<Assessment> assessments(TrainingPlan plan);

    /** The latest revision of each conversation of these plans, without their marks. */
    List<Assessment> latestAssessments(List<TrainingPlan> plans);

    /** The period's statement, if it has been issued. */
    Optional<PeriodStatement> statement(long periodId);

    /** The statements of these periods. */
    List<PeriodStatement> statements(List<PlacementPeriod> periods);

    /** The absence recorded in the period, earliest first. */
    List<Absence> absence(long periodId);

    /** The shares of the period's plan not stopped. */
    List<PlanShare> activeShares(long periodId);

    /** Whether the period's plan is shared with this person as the student's mentor on {@code day}. */
    boolean sharedWithMentor(long periodId, Long profileId, LocalDate day);

    void add(PlanShare share);

    void add(TrainingPlan plan);

    void add(PeriodStatement statement);

    void add(Absence absence);

    void add(Assessment assessment);
}
