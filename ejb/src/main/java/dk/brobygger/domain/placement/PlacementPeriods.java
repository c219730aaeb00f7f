package dk.brobygger.domain.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored placement periods (a student's periods are read through {@code Students.periods}). */
public interface PlacementPeriods {

    Optional<PlacementPeriod> byId(long id);

    /** The placement's periods that have not ended by {@code day}. */
    List<PlacementPeriod> notEndedAt(Placement placement, LocalDate day);

    /** The student's periods that have not ended by {@code day}, earliest first. */
    List<PlacementPeriod> notEndedOf(long studentId, LocalDate day);

    /**
     * The periods the person supervises that have not ended by {@code day}, or have ended without their statement,
     * earliest first.
     */
    List<PlacementPeriod> supervisedBy(Long profileId, LocalDate day);

    /** The periods the person was taken off as supervisor and is not back on, without their statement yet. */
    List<PlacementPeriod> takenOff(Long profileId);

    /** Whether the person was taken off this period as supervisor and is not back on it. */
    boolean formerSupervisor(long periodId, Long profileId);

    /** Whether the student has a period that starts before this one (so this one is not their first). */
    boolean hasEarlier(PlacementPeriod period);

    void add(PlacementPeriod period);

    void remove(PlacementPeriod period);
}
