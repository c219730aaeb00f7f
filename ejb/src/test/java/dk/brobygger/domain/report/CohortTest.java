package dk.brobygger.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.student.Programme;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CohortTest {

    @Test
    void aRowOfLargeCountsShowsEachWithItsShareOfTheStudents() {
        // PA 2023 in uddannelsesstatistik.dk's table: 201 in progress, 16 dropped out without re-enrolment
        DropoutRow row = new Cohort(Programme.PA, 2023, 217, 201, 0, 16).row();
        assertEquals(new Cell(217L, false, new BigDecimal("100.0")), row.students());
        assertEquals(new Cell(201L, false, new BigDecimal("92.6")), row.inProgress());
        assertEquals(new Cell(0L, false, new BigDecimal("0.0")), row.droppedWithReenrolment());
        assertEquals(new Cell(16L, false, new BigDecimal("7.4")), row.droppedWithoutReenrolment());
        assertEquals(new Cell(16L, false, new BigDecimal("7.4")), row.droppedTotal());
    }

    @Test
    void aSmallDropoutIsHiddenWithItsShareAndWhatWouldGiveItAway() {
        // 3 re-enrolled would be the total (15) less the 12 not re-enrolled: the 12 is hidden too
        DropoutRow row = new Cohort(Programme.SSA, 2024, 100, 85, 3, 12).row();
        assertEquals(new Cell(null, true, null), row.droppedWithReenrolment());
        assertEquals(new Cell(null, true, null), row.droppedWithoutReenrolment());
        assertEquals(new Cell(15L, false, new BigDecimal("15.0")), row.droppedTotal());
        assertEquals(new Cell(85L, false, new BigDecimal("85.0")), row.inProgress());
    }

    @Test
    void aCohortOfFewerThanFiveShowsNothing() {
        DropoutRow row = new Cohort(Programme.SSH, 2022, 4, 3, 0, 1).row();
        assertTrue(row.students().hidden());
        assertTrue(row.inProgress().hidden());
        assertTrue(row.droppedWithoutReenrolment().hidden());
        assertTrue(row.droppedTotal().hidden());
        assertEquals(new Cell(0L, false, null), row.droppedWithReenrolment(), "no share of a hidden whole");
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Cohort(Programme.PA, 2024, 10, 5, 1, 1));
    }
}
