package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.placement.PlacementPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Absence from the placement in a period, recorded by the supervisor: from a day, a number of days, and the
 * reason only (docs/training-plan.md). Never changed: a mistake is met by recording what is right beside it.
 */
@Entity
@Table(name = "period_absence")
public class Absence extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id", updatable = false)
    private PlacementPeriod period;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(nullable = false, updatable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AbsenceReason reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Absence() {
        // for JPA
    }

    public Absence(PlacementPeriod period, LocalDate firstDay, int days, AbsenceReason reason, String by, Instant at) {
        this.period = Objects.requireNonNull(period);
        this.firstDay = Objects.requireNonNull(firstDay);
        this.days = days;
        this.reason = Objects.requireNonNull(reason);
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
    }

    /** How many days the period has, first and last included: what its absence cannot exceed. */
    public static long daysOf(PlacementPeriod period) {
        return ChronoUnit.DAYS.between(period.getStartDate(), period.getEndDate()) + 1;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public int getDays() {
        return days;
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
