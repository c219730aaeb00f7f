package dk.brobygger.domain.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A data-subject request's deadline (one month, Art. 12(3)) and how it is closed. */
class DataRequestTest {

    private static final Student STUDENT = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null,
            Programme.SSA, SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2026, 8, 1));
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void theDeadlineIsOneMonthLaterOrTheLastDayOfAShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 15), DataRequest.deadlineOf(LocalDate.of(2027, 1, 15)));
        assertEquals(LocalDate.of(2027, 2, 28), DataRequest.deadlineOf(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), DataRequest.deadlineOf(LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2028, 1, 31), DataRequest.deadlineOf(LocalDate.of(2027, 12, 31)));
    }

    @Test
    void anOpenRequestIsOverdueFromTheDayAfterItsDeadlineAndAClosedOneNever() {
        DataRequest request = new DataRequest(STUDENT, RequestKind.ACCESS, LocalDate.of(2027, 1, 31), null,
                "dpo.madsen", NOW);
        assertFalse(request.isOverdueOn(LocalDate.of(2027, 2, 28)), "the deadline day itself is in time");
        assertTrue(request.isOverdueOn(LocalDate.of(2027, 3, 1)));
        request.close(RequestStatus.DONE, "Kopien er sendt", "dpo.madsen", NOW);
        assertFalse(request.isOverdueOn(LocalDate.of(2027, 3, 1)));
        assertThrows(IllegalStateException.class, () -> request.close(RequestStatus.REFUSED, "igen", "dpo.madsen",
                NOW), "a closed request is not closed again");
    }
}
