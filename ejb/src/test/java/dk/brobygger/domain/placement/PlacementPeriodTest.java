package dk.brobygger.domain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementPeriodTest {

    private static final LocalDate MAY = LocalDate.of(2027, 5, 1);
    private final Student student = new Student("S100001", "Sara", "Ali", LocalDate.of(2005, 3, 1), null,
            Programme.SSA, SchoolSite.HERLEV, "SSA-26A", LocalDate.of(2026, 8, 1));
    private final Placement solhaven = new Placement("Plejecenter Solhaven", PlacementType.NURSING_HOME,
            PlacementSize.MEDIUM, "Amager", Set.of(Speciality.DEMENTIA));
    private final UserProfile anne = new UserProfile("ov.nielsen", "Anne Nielsen", null);

    @Test
    void periodsOverlapWhenTheyShareADay() {
        PlacementPeriod period = new PlacementPeriod(student, solhaven, new PeriodCode("1a"), MAY,
                MAY.plusDays(30), Set.of());

        assertTrue(period.overlaps(MAY.plusDays(30), MAY.plusDays(60)));
        assertTrue(period.overlaps(MAY.minusDays(10), MAY));
        assertFalse(period.overlaps(MAY.plusDays(31), MAY.plusDays(60)));
    }

    @Test
    void onlyThePlacementsOwnSupervisorsFollowAPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new PlacementPeriod(student, solhaven,
                new PeriodCode("1a"), MAY, MAY.plusDays(30), Set.of(anne)));

        solhaven.addSupervisor(anne);
        PlacementPeriod period = new PlacementPeriod(student, solhaven, new PeriodCode("1a"), MAY, MAY.plusDays(30),
                Set.of(anne));
        assertEquals(Set.of(anne), period.getSupervisors());
    }

    @Test
    void aPeriodCanBeFollowedBySomeOfThePlacementsSupervisors() {
        UserProfile jonas = new UserProfile("ov.pedersen", "Jonas Pedersen", null);
        solhaven.addSupervisor(anne);
        solhaven.addSupervisor(jonas);
        PlacementPeriod period = new PlacementPeriod(student, solhaven, new PeriodCode("1a"), MAY, MAY.plusDays(30),
                solhaven.getSupervisors());

        period.changeSupervisors(Set.of(jonas));

        assertEquals(Set.of(jonas), period.getSupervisors());
        assertThrows(IllegalArgumentException.class, () -> period.changeSupervisors(Set.of(
                new UserProfile("ov.andet", "Andet Sted", null))));
    }

    @Test
    void aPeriodHasBegunFromItsFirstDay() {
        PlacementPeriod period = new PlacementPeriod(student, solhaven, new PeriodCode("2"), MAY, MAY.plusDays(30),
                Set.of());

        assertFalse(period.hasBegunOn(MAY.minusDays(1)));
        assertTrue(period.hasBegunOn(MAY));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new PlacementPeriod(student, solhaven,
                new PeriodCode("2"), MAY, MAY.minusDays(1), Set.of()));
    }

    @Test
    void periodCodesLookLikeTheProgrammes() {
        assertEquals("3b", new PeriodCode(" 3B ").code());
        assertThrows(IllegalArgumentException.class, () -> new PeriodCode("x1"));
        assertThrows(IllegalArgumentException.class, () -> new PeriodCode("10"));
    }
}
