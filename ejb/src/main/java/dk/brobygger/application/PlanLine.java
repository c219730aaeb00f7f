package dk.brobygger.application;

import dk.brobygger.domain.plan.PlanState;
import dk.brobygger.domain.plan.PlanTask;
import java.time.LocalDate;
import java.util.List;

/**
 * One period in a supervisor's list of plans: the student, the placement and period, where its plan stands, and the
 * supervisor's three tasks for it; none for a period they were taken off, which they read only ({@code readOnly}).
 */
public record PlanLine(long periodId, long studentId, String studentName, String placement, String periodCode,
                       LocalDate start, LocalDate end, PlanState state, List<PlanTask> tasks, boolean readOnly) {

    public PlanLine {
        tasks = List.copyOf(tasks);
    }
}
