package dk.brobygger.domain.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored consents to share needs. */
public interface Consents {

    Optional<Consent> byId(long id);

    /** The student's given consents not withdrawn (whether or not they have ended: the policy checks the day). */
    List<Consent> givenFor(long studentId);

    /** Every consent of the student, newest first. */
    List<Consent> historyOf(long studentId);

    /** Every given consent not withdrawn whose expiry is not yet in the audit trail. */
    List<Consent> expiryNotAudited();

    /**
     * Notes that the consent's expiry is in the audit trail, unless that was already noted.
     *
     * @return whether this call noted it (false: someone else had)
     */
    boolean markExpiryAudited(long consentId, Instant at);

    void add(Consent consent);
}
