package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void recordAll() {
        record(em.createQuery("SELECT c FROM Consent c WHERE c.status = :given AND c.withdrawnAt IS NULL"
                        + " AND c.expiryAuditedAt IS NULL", Consent.class)
                .setParameter("given", ConsentStatus.GIVEN).getResultList());
    }

    /** Of these consents, those that have expired and are not yet in the audit trail as such. */
    public void record(List<Consent> consents) {
        LocalDate today = LocalDate.now(clock);
        for (Consent consent : consents) {
            if (consent.getExpiryAuditedAt() == null && consent.hasExpiredBy(today)
                    && em.createQuery("UPDATE Consent c SET c.expiryAuditedAt = :now WHERE c.id = :id"
                            + " AND c.expiryAuditedAt IS NULL")
                    .setParameter("now", clock.instant()).setParameter("id", consent.getId()).executeUpdate() == 1) {
                audit.bySystem(AuditEntry.of(AuditAction.CONSENT_EXPIRED, ConsentService.RECORD, consent.getId(),
                        consent.getStudent().getId()).withDetail("ended " + consent.endsOn()));
            }
        }
    }
}
