package dk.brobygger.application;

import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.consent.ConsentText;
import dk.brobygger.domain.consent.GivenHow;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedRevision;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consent in the history the student and their contact person read, with the text agreed to: its version,
 * language and checksum (null until given).
 */
public record ConsentLine(long id, long studentId, long version, ConsentStatus status, boolean active, String recipientDa,
                          String recipientEn, List<NeedCategory> needs, ConsentLevel level, String purpose,
                          LocalDate endsOn, Instant proposedAt, String proposedBy, GivenHow givenHow, String givenBy,
                          Instant givenAt, String givenNote, Instant declinedAt, Instant withdrawnAt,
                          String withdrawnBy, String withdrawalReason, String textVersion,
                          String textLanguage, String textHash) implements Serializable {

    static ConsentLine of(Consent c, LocalDate today) {
        return new ConsentLine(c.getId(), c.getStudent().getId(), c.getVersion(), c.getStatus(),
                c.isActiveOn(today), ConsentText.recipient(c.getPeriod(), c.getAssignment(), "da"),
                ConsentText.recipient(c.getPeriod(), c.getAssignment(), "en"),
                c.getNeeds().stream().map(NeedRevision::getCategory).toList(), c.getLevel(), c.getPurpose(), c.endsOn(),
                c.getProposedAt(), c.getProposedBy(), c.getGivenHow(), c.getGivenBy(), c.getGivenAt(),
                c.getGivenNote(), c.getDeclinedAt(), c.getWithdrawnAt(), c.getWithdrawnBy(), c.getWithdrawalReason(),
                c.getTextVersion(), c.getTextLanguage(), c.getTextHash());
    }
}
