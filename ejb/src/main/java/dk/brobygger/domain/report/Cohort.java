package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Shown;
import dk.brobygger.domain.report.SmallCells.Sum;
import dk.brobygger.domain.student.Programme;
import java.util.List;

/**
 * The students of one programme who started in one year, counted by where each stood three months after their own
 * start (docs/reports.md): in progress, or dropped out with or without re-enrolment elsewhere. The counts as the
 * database gives them; only {@link #row()} leaves the service.
 */
public record Cohort(Programme programme, int startYear, long students, long inProgress,
                     long droppedWithReenrolment, long droppedWithoutReenrolment) {

    private static final int STUDENTS = 0;
    private static final int IN_PROGRESS = 1;
    private static final int WITH = 2;
    private static final int WITHOUT = 3;
    private static final int TOTAL = 4;

    /** The row's sums: the students are those in progress and those dropped out, either way. */
    private static final List<Sum> SUMS = List.of(new Sum(STUDENTS, IN_PROGRESS, WITH, WITHOUT),
            new Sum(TOTAL, WITH, WITHOUT), new Sum(STUDENTS, IN_PROGRESS, TOTAL));

    public Cohort {
        if (inProgress + droppedWithReenrolment + droppedWithoutReenrolment != students) {
            throw new IllegalArgumentException("A cohort's students are in progress or dropped out: " + programme
                    + " " + startYear);
        }
    }

    public long droppedTotal() {
        return droppedWithReenrolment + droppedWithoutReenrolment;
    }

    /** The row as it may be shown: small counts and what would give them away hidden. */
    public DropoutRow row() {
        long[] counts = {students, inProgress, droppedWithReenrolment, droppedWithoutReenrolment, droppedTotal()};
        List<Shown> shown = SmallCells.suppress(counts, SUMS);
        Shown whole = shown.get(STUDENTS);
        return new DropoutRow(programme, startYear, Cell.of(students, whole, students, whole),
                Cell.of(inProgress, shown.get(IN_PROGRESS), students, whole),
                Cell.of(droppedWithReenrolment, shown.get(WITH), students, whole),
                Cell.of(droppedWithoutReenrolment, shown.get(WITHOUT), students, whole),
                Cell.of(droppedTotal(), shown.get(TOTAL), students, whole));
    }
}
