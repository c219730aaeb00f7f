package dk.brobygger.application;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.security.ConsentPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What of a student's needs the caller may see at this moment, read from the consents as they stand now (never
 * remembered between requests); consents a supervisor or mentor meets that have expired are written to the audit
 * trail on the way (and by {@link ConsentExpiry} every five minutes for the rest).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ConsentsInForce {

    @Inject
    private ConsentExpiry expiry;

    @Inject
    private Clock clock;

    @Inject
    private Consents consents;

    /** {@code relationship}: how the caller stands to the student, as the gate found it for this request. */
    public ConsentPolicy.Shared shared(Caller caller, Relationship relationship, long studentId) {
        List<Consent> given = List.of();
        if (ConsentPolicy.throughConsents(caller, relationship)) {
            given = consents.givenFor(studentId);
            expiry.record(given);
        }
        return ConsentPolicy.shared(caller, relationship, given, LocalDate.now(clock));
    }
}
