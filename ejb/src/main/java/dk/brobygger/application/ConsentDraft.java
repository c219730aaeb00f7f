package dk.brobygger.application;

import dk.brobygger.domain.consent.ConsentLevel;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A consent as the form describes it, before it is given or proposed.
 *
 * @param recipient "period:ID" for the supervisors of a placement period, "mentor:ID" for a mentor assignment
 */
public record ConsentDraft(long studentId, String recipient, List<Long> needIds, ConsentLevel level,
                           String purpose, LocalDate validUntil) implements Serializable {
}
