package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes to the audit trail, once, that a consent has expired: for the consents a request looks at, at once;
 * for all others every few minutes. A consent stops sharing at its end whether or not this has run.
 */
@Stateless
@PermitAll
public class ConsentExpiry {

    @Inject
    private Consents consents;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void recordAll() {
        record(consents.expiryNotAudited());
    }

    /** Of these consents, those that have expired and are not yet in the audit trail as such. */
    public void record(List<Consent> seen) {
        LocalDate today = LocalDate.now(clock);
        for (Consent consent : seen) {
            if (consent.getExpiryAuditedAt() == null && consent.hasExpiredBy(today)
                    && consents.markExpiryAudited(consent.getId(), clock.instant())) {
                audit.bySystem(AuditEntry.of(AuditAction.CONSENT_EXPIRED, ConsentService.RECORD, consent.getId(),
                        consent.getStudent().getId()).withDetail("ended " + consent.endsOn()));
            }
        }
    }
}
