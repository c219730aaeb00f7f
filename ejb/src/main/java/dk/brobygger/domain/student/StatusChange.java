package dk.brobygger.domain.student;

import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One change of a student's status: never edited, only added to. */
@Entity
@Table(name = "student_status_change")
public class StatusChange extends StoredRecord {

    /** The longest reason the column holds. */
    public static final int REASON_MAX = 500;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StudentStatus status;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Student student, StudentStatus status, LocalDate effectiveDate, String reason, String changedBy,
                 Instant changedAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A status change needs a reason");
        }
        this.student = student;
        this.status = status;
        this.effectiveDate = effectiveDate;
        this.reason = reason.strip();
        this.changedBy = Objects.requireNonNull(changedBy, "Who changed it is required");
        this.changedAt = Objects.requireNonNull(changedAt, "When it changed is required");
    }

    public StudentStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
