package dk.brobygger.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.Ids;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingPlanTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    private final Student student = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null,
            Programme.SSA, SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2026, 8, 1));
    private final Placement solhaven = new Placement("Plejecenter Solhaven", PlacementType.NURSING_HOME,
            PlacementSize.MEDIUM, "Amager", Set.of());
    private final TrainingGoal medicine = goal(1, "Medicinhåndtering", new GoalPeriod(1, GoalLevel.BEGYNDER),
            new GoalPeriod(2, GoalLevel.RUTINERET));
    private final TrainingGoal palliation = goal(2, "Palliation", new GoalPeriod(3, GoalLevel.AVANCERET));

    @Test
    void aPlanTakesTheCatalogueGoalsOfItsPeriodAtTheirLevel() {
        TrainingPlan second = plan("2b");
        assertEquals(List.of(1L), second.getGoals().stream().map(PlanGoal::getGoalId).toList());
        assertEquals(GoalLevel.RUTINERET, second.getGoals().get(0).getLevel());
        assertEquals(List.of(2L), plan("3").getGoals().stream().map(PlanGoal::getGoalId).toList());
    }

    @Test
    void aPlanIsAgreedWhenBothConversationsHaveTheirDates() {
        TrainingPlan plan = plan("1a");
        assertFalse(plan.isAgreed());
        plan.schedule(START.plusDays(30), null, "kp.hansen", AT);
        assertFalse(plan.isAgreed());
        plan.schedule(START.plusDays(30), START.plusDays(60), "kp.hansen", AT);
        assertTrue(plan.isAgreed());
    }

    @Test
    void aCompletedAssessmentIsNeverChangedAndItsCorrectionIsTheNextRevision() {
        Assessment midterm = Assessment.first(plan("1a"), Conversation.MIDTERM, "ov.nielsen", AT);
        assertThrows(IllegalStateException.class, () -> midterm.confirmBySupervisor("ov.nielsen", AT),
                "nothing is marked yet");

        midterm.writeBySupervisor(START.plusDays(30), marks(true), Map.of(1L, "Sikker i dosering"), "Godt i gang");
        midterm.writeByStudent(marks(false), "Jeg øver mig stadig");
        midterm.confirmBySupervisor("ov.nielsen", AT);
        assertFalse(midterm.isCompleted());
        midterm.confirmByStudent(AT);
        assertTrue(midterm.isCompleted());
        assertEquals(Boolean.TRUE, midterm.getMarks().get(0).getOnLevel());
        assertEquals(Boolean.FALSE, midterm.getMarks().get(0).getStudentOnLevel());
        assertThrows(IllegalStateException.class, () -> midterm.writeByStudent(marks(true), "ændret"));
        assertThrows(IllegalStateException.class, () -> midterm.writeBySupervisor(START, marks(true), Map.of(), ""));

        Assessment correction = midterm.correction("ov.nielsen", AT);
        assertEquals(2, correction.getRevision());
        assertFalse(correction.isCompleted(), "a correction is confirmed anew");
        assertEquals("Sikker i dosering", correction.getMarks().get(0).getComment(), "it starts as a copy");
        assertThrows(IllegalStateException.class, () -> correction.correction("ov.nielsen", AT),
                "only a completed assessment is corrected");
    }

    @Test
    void theSupervisorsRewriteAsksBothToConfirmAgain() {
        Assessment midterm = Assessment.first(plan("1a"), Conversation.MIDTERM, "ov.nielsen", AT);
        midterm.writeBySupervisor(START.plusDays(30), marks(true), Map.of(), null);
        midterm.confirmByStudent(AT);
        midterm.writeBySupervisor(START.plusDays(31), marks(false), Map.of(), null);
        assertNull(midterm.getStudentConfirmedAt());
    }

    @Test
    void theStateFollowsTheConversationsTheirDatesAndTheStatement() {
        TrainingPlan plan = plan("1a");
        PlacementPeriod period = plan.getPeriod();
        LocalDate midtermDay = START.plusDays(30);
        LocalDate finalDay = START.plusDays(60);
        assertEquals(PlanState.Step.PLAN_NOT_AGREED, PlanState.of(period, null, null, null, null, START).step());
        plan.schedule(midtermDay, finalDay, "kp.hansen", AT);
        assertEquals(new PlanState(PlanState.Step.PLAN_AGREED, midtermDay, false),
                PlanState.of(period, plan, null, null, null, midtermDay.minusDays(1)));
        assertEquals(new PlanState(PlanState.Step.MIDTERM_DUE, midtermDay, false),
                PlanState.of(period, plan, null, null, null, midtermDay));
        assertEquals(new PlanState(PlanState.Step.MIDTERM_DUE, midtermDay, true),
                PlanState.of(period, plan, null, null, null, midtermDay.plusDays(1)));

        Assessment midterm = completed(plan, Conversation.MIDTERM, midtermDay);
        assertEquals(new PlanState(PlanState.Step.MIDTERM_DONE, finalDay, false),
                PlanState.of(period, plan, midterm, null, null, midtermDay));
        assertEquals(new PlanState(PlanState.Step.FINAL_DUE, finalDay, true),
                PlanState.of(period, plan, midterm, null, null, finalDay.plusDays(1)));
        Assessment last = completed(plan, Conversation.FINAL, finalDay);
        assertEquals(new PlanState(PlanState.Step.STATEMENT_DUE, period.getEndDate(), false),
                PlanState.of(period, plan, midterm, last, null, finalDay));
        assertEquals(new PlanState(PlanState.Step.STATEMENT_MISSING, period.getEndDate(), true),
                PlanState.of(period, plan, midterm, last, null, period.getEndDate().plusDays(1)),
                "a period that ends without its statement is overdue");
        assertEquals(PlanState.Step.STATEMENT_ISSUED, PlanState.of(period, plan, midterm, last,
                new PeriodStatement(period, true, null, "ov.nielsen", AT), period.getEndDate().plusDays(1)).step());
    }

    @Test
    void aStatementThatDoesNotApproveSaysWhy() {
        PlacementPeriod period = plan("1a").getPeriod();
        assertThrows(IllegalArgumentException.class, () -> new PeriodStatement(period, false, " ", "ov.nielsen", AT));
        assertEquals("For meget fravær", new PeriodStatement(period, false, " For meget fravær ", "ov.nielsen", AT)
                .getReason());
        assertEquals(91, Absence.daysOf(period), "the period's days, first and last included");
    }

    @Test
    void theSupervisorsTasksAreDueHalfwayAndAtTheEndUntilThePlanSetsTheirDays() {
        TrainingPlan plan = plan("1a");
        PlacementPeriod period = plan.getPeriod();
        LocalDate halfway = START.plusDays(45);
        List<PlanTask> unplanned = PlanTask.of(period, null, null, null, null, START);
        assertEquals(List.of(halfway, period.getEndDate(), period.getEndDate()),
                unplanned.stream().map(PlanTask::due).toList());
        plan.schedule(START.plusDays(30), START.plusDays(80), "kp.hansen", AT);
        Assessment midterm = completed(plan, Conversation.MIDTERM, START.plusDays(30));
        List<PlanTask> tasks = PlanTask.of(period, plan, midterm, null, null, START.plusDays(81));
        assertEquals(List.of(true, false, false), tasks.stream().map(PlanTask::done).toList());
        assertEquals(List.of(false, true, false), tasks.stream().map(PlanTask::overdue).toList(),
                "the final is overdue the day after its date; the statement not before the period's end");
    }

    /** An assessment both have confirmed, every goal on the level. */
    private static Assessment completed(TrainingPlan plan, Conversation kind, LocalDate day) {
        Assessment assessment = Assessment.first(plan, kind, "ov.nielsen", AT);
        assessment.writeBySupervisor(day, marks(true), Map.of(), null);
        assessment.confirmBySupervisor("ov.nielsen", AT);
        assessment.confirmByStudent(AT);
        return assessment;
    }

    private TrainingPlan plan(String code) {
        PlacementPeriod period = new PlacementPeriod(student, solhaven, new PeriodCode(code), START,
                START.plusDays(90), Set.of());
        return new TrainingPlan(period, List.of(medicine, palliation), "kp.hansen", AT);
    }

    /** Every goal of the test plan (medicine, id 1) marked alike. */
    private static Map<Long, Boolean> marks(boolean onLevel) {
        Map<Long, Boolean> marks = new HashMap<>();
        marks.put(1L, onLevel);
        return marks;
    }

    private static TrainingGoal goal(long id, String title, GoalPeriod... periods) {
        return Ids.of(new TrainingGoal(Programme.SSA, "1", (int) id, title, true, List.of(periods)), id);
    }
}
