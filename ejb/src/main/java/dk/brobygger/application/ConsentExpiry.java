package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.domain.consent.ExpiredConsent;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** How many consents one run notes at most: a backlog is worked off over the next runs. */
    static final int BATCH = 1000;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void recordAll() {
        write(consents.expiredNotAudited(LocalDate.now(clock), BATCH));
    }

    /** Of these consents, those that have expired and are not yet in the audit trail as such. */
    public void record(List<Consent> seen) {
        LocalDate today = LocalDate.now(clock);
        write(seen.stream().filter(c -> c.getExpiryAuditedAt() == null && c.hasExpiredBy(today))
                .map(c -> new ExpiredConsent(c.getId(), c.getStudent().getId(), c.endsOn())).toList());
    }

    /**
     * Notes the expiry of these consents, each once: in one statement, then one audit event for each consent
     * this call noted, written together.
     */
    private void write(List<ExpiredConsent> expired) {
        if (expired.isEmpty()) {
            return;
        }
        Map<Long, ExpiredConsent> byId = expired.stream().collect(Collectors.toMap(ExpiredConsent::consentId,
                e -> e, (a, b) -> a));
        audit.bySystem(consents.markExpiryAudited(byId.keySet(), clock.instant()).stream().map(byId::get)
                .map(e -> AuditEntry.of(AuditAction.CONSENT_EXPIRED, ConsentService.RECORD, e.consentId(),
                        e.studentId()).withDetail("ended " + e.endedOn())).toList());
    }
}
