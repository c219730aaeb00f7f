package dk.brobygger.domain.consent;

import java.time.LocalDate;
import java.util.stream.Stream;

/** A consent that has ended, with its student and the day it ended: what the audit trail notes of its expiry. */
public record ExpiredConsent(long consentId, long studentId, LocalDate endedOn) {

    /**
     * As the database reads it: the consent ended on its own last day or on the last day of the period or the
     * mentoring it shared with, whichever came first (as {@link Consent#endsOn()}).
     */
    public ExpiredConsent(long consentId, long studentId, LocalDate validUntil, LocalDate periodEnd,
                          LocalDate mentoringEnd) {
        this(consentId, studentId, Stream.of(validUntil, periodEnd, mentoringEnd).filter(d -> d != null)
                .min(LocalDate::compareTo).orElseThrow());
    }
}
