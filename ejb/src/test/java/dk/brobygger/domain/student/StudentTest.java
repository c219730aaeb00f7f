package dk.brobygger.domain.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTest {

    private static final LocalDate START = LocalDate.of(2026, 8, 1);

    private static Student student() {
        return new Student("s100001 ", " Sara", "Ali ", LocalDate.of(2005, 3, 1), "", Programme.SSA,
                SchoolSite.HERLEV, "SSA-26A", START);
    }

    @Test
    void aNewStudentIsActiveFromTheStartDateWithTidyDetails() {
        Student s = student();

        assertEquals("S100001", s.getStudentNumber());
        assertEquals("Sara Ali", s.getFullName());
        assertEquals(null, s.getGender());
        assertEquals(StudentStatus.ACTIVE, s.getStatus());
        assertEquals(START, s.getStatusDate());
    }

    @Test
    void aStatusChangeIsKeptWithItsDateAndReason() {
        Student s = student();

        s.changeStatus(StudentStatus.DROPPED_WITH_REENROLMENT, START.plusMonths(2), "Skiftet til PA", "kp.hansen",
                Instant.EPOCH);

        assertEquals(StudentStatus.DROPPED_WITH_REENROLMENT, s.getStatus());
        assertEquals(1, s.getStatusHistory().size());
        assertEquals("Skiftet til PA", s.getStatusHistory().get(0).getReason());
    }

    @Test
    void aStatusChangeNeedsANewStatusAReasonAndADateAfterTheStart() {
        Student s = student();

        assertThrows(IllegalArgumentException.class,
                () -> s.changeStatus(StudentStatus.ACTIVE, START, "x", "kp", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class,
                () -> s.changeStatus(StudentStatus.COMPLETED, START, " ", "kp", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class,
                () -> s.changeStatus(StudentStatus.COMPLETED, START.minusDays(1), "x", "kp", Instant.EPOCH));
    }

    @Test
    void theProgrammeStartsAfterBirth() {
        assertThrows(IllegalArgumentException.class, () -> new Student("S100002", "A", "B", START, null,
                Programme.SSH, SchoolSite.NORD, "T", START));
    }

    @ParameterizedTest
    @CsvSource({"2010-08-02, UNDER_20", "2006-08-01, FROM_20_TO_24", "2001-08-01, FROM_25_TO_29", "2001-08-02, FROM_20_TO_24",
        "1996-08-01, FROM_30"})
    void theAgeBandFollowsTheAnalysis(LocalDate birth, AgeBand band) {
        assertEquals(band, AgeBand.of(birth, START));
    }
}
