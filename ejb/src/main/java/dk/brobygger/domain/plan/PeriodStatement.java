package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.placement.PlacementPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The period's statement (erklæring om oplæring), issued once by its supervisor: approved or not, with a reason
 * (always for one that does not approve). Never changed (docs/training-plan.md). The last period's statement
 * decides whether the student may sit the final exam.
 */
@Entity
@Table(name = "period_statement")
public class PeriodStatement extends StoredRecord {

    @OneToOne(optional = false)
    @JoinColumn(name = "period_id", updatable = false)
    private PlacementPeriod period;

    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Column(updatable = false)
    private String reason;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected PeriodStatement() {
        // for JPA
    }

    public PeriodStatement(PlacementPeriod period, boolean approved, String reason, String by, Instant at) {
        this.period = Objects.requireNonNull(period);
        this.approved = approved;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approved && this.reason == null) {
            throw new IllegalArgumentException("A statement that does not approve the period says why");
        }
        this.issuedBy = Objects.requireNonNull(by);
        this.issuedAt = Objects.requireNonNull(at);
    }

    public PlacementPeriod getPeriod() {
        return period;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
