package dk.brobygger.domain.consent;

import java.time.LocalDate;

/** A consent that has ended, with its student and the day it ended: what the audit trail notes of its expiry. */
public record ExpiredConsent(long consentId, long studentId, LocalDate endedOn) {
}
