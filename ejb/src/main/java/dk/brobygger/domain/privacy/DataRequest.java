package dk.brobygger.domain.privacy;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A data subject's request in the data protection officer's register (docs/data-protection.md): what the student
 * asked for, when it came in, its deadline one month later (Art. 12(3)), and how it was handled.
 */
@Entity
@Table(name = "data_request")
public class DataRequest extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    private String outcome;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private long version;

    protected DataRequest() {
        // for JPA
    }

    /** A request received on a day: its deadline is one month later, the same day of the month or the last. */
    public DataRequest(Student student, RequestKind kind, LocalDate receivedOn, String note, String by, Instant at) {
        this.student = Objects.requireNonNull(student);
        this.kind = Objects.requireNonNull(kind);
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.deadline = deadlineOf(receivedOn);
        this.note = note;
        this.status = RequestStatus.OPEN;
        this.registeredBy = Objects.requireNonNull(by);
        this.registeredAt = Objects.requireNonNull(at);
    }

    /** One month after the day received (Art. 12(3)); 31 January gives the last day of February. */
    public static LocalDate deadlineOf(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** Whether the deadline has passed on {@code day} while the request is still open. */
    public boolean isOverdueOn(LocalDate day) {
        return status == RequestStatus.OPEN && day.isAfter(deadline);
    }

    /** Closes the request as done or refused, with what was done or why not. */
    public void close(RequestStatus result, String what, String by, Instant at) {
        if (status != RequestStatus.OPEN) {
            throw new IllegalStateException("request " + getId() + " is already " + status);
        }
        if (result == RequestStatus.OPEN) {
            throw new IllegalArgumentException("a request is closed as done or refused");
        }
        this.status = result;
        this.outcome = Objects.requireNonNull(what);
        this.handledBy = Objects.requireNonNull(by);
        this.handledAt = Objects.requireNonNull(at);
    }

    public Student getStudent() {
        return student;
    }

    public RequestKind getKind() {
        return kind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getNote() {
        return note;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public long getVersion() {
        return version;
    }
}
