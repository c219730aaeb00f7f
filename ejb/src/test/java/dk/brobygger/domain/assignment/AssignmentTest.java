package dk.brobygger.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final LocalDate START = LocalDate.of(2026, 8, 1);
    private final Student student = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null,
            Programme.SSA, SchoolSite.HERLEV, "SSA-26A", START);
    private final UserProfile karen = new UserProfile("kp.hansen", "Karen Hansen", null);

    @Test
    void anAssignmentIsInForceFromItsFirstToItsLastDay() {
        Assignment a = Assignment.contactPerson(student, karen, START, START.plusDays(9), "ul", Instant.EPOCH);

        assertFalse(a.isValidOn(START.minusDays(1)));
        assertTrue(a.isValidOn(START));
        assertTrue(a.isValidOn(START.plusDays(9)));
        assertFalse(a.isValidOn(START.plusDays(10)));
    }

    @Test
    void anOpenEndedAssignmentLastsUntilEnded() {
        Assignment a = Assignment.mentor(student, karen, MentorType.PEER, START, null, "ul", Instant.EPOCH);

        assertTrue(a.isValidOn(START.plusYears(3)));
        a.end(START.plusDays(30), "Skiftet mentor");
        assertFalse(a.isValidOn(START.plusDays(31)));
        assertEquals("Skiftet mentor", a.getEndedReason());
    }

    @Test
    void endingAFutureAssignmentTheDayBeforeItStartsCancelsIt() {
        Assignment a = Assignment.contactPerson(student, karen, START, null, "ul", Instant.EPOCH);

        a.end(START.minusDays(1), null);

        assertFalse(a.isValidOn(START));
    }

    @Test
    void datesMustBeInOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> Assignment.contactPerson(student, karen, START, START.minusDays(1), "ul", Instant.EPOCH));
        Assignment a = Assignment.contactPerson(student, karen, START, null, "ul", Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> a.end(START.minusDays(2), null));
    }

    @Test
    void aMentorHasAType() {
        assertThrows(NullPointerException.class,
                () -> Assignment.mentor(student, karen, null, START, null, "ul", Instant.EPOCH));
    }
}
