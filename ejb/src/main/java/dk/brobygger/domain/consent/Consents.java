package dk.brobygger.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored consents to share needs. */
public interface Consents {

    Optional<Consent> byId(long id);

    /** The student's given consents not withdrawn (whether or not they have ended: the policy checks the day). */
    List<Consent> givenFor(long studentId);

    /** Every consent of the student, newest first. */
    List<Consent> historyOf(long studentId);

    /**
     * Given consents not withdrawn that had ended before {@code day} and whose expiry is not yet in the
     * audit trail, at most {@code atMost} of them, read as the facts the trail needs (not as consents to change).
     */
    List<ExpiredConsent> expiredNotAudited(LocalDate day, int atMost);

    /**
     * Notes that these consents' expiry is in the audit trail, for those where it was not already noted, in one
     * statement.
     *
     * @return the consents this call noted (the others had been noted by someone else)
     */
    List<Long> markExpiryAudited(Collection<Long> consentIds, Instant at);

    void add(Consent consent);
}
