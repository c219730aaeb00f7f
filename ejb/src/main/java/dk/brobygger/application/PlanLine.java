package dk.brobygger.application;

import dk.brobygger.domain.plan.PlanState;
import java.time.LocalDate;

/** One period in a supervisor's list of plans: the student, the placement and period, and where its plan stands. */
public record PlanLine(long periodId, long studentId, String studentName, String placement, String periodCode,
                       LocalDate start, LocalDate end, PlanState state) {
}
