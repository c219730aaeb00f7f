package dk.brobygger.domain.report;

import dk.brobygger.domain.student.Programme;

/** One row of the dropout report, in the layout of uddannelsesstatistik.dk's table (docs/reports.md). */
public record DropoutRow(Programme programme, int startYear, Cell students, Cell inProgress,
                         Cell droppedWithReenrolment, Cell droppedWithoutReenrolment, Cell droppedTotal) {
}
