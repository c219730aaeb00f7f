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
import java.time.Instant;
import java.util.Objects;

/**
 * One category of a student's data erased (docs/data-protection.md): by the retention schedule, or by the data
 * protection officer for a decided erasure request, with the reason and how many rows went.
 */
@Entity
@Table(name = "data_erasure")
public class DataErasure extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErasureCategory category;

    @ManyToOne
    @JoinColumn(name = "request_id", updatable = false)
    private DataRequest request;

    @Column(name = "erased_by", nullable = false, updatable = false)
    private String erasedBy;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @Column(updatable = false)
    private String reason;

    @Column(name = "rows_erased", nullable = false, updatable = false)
    private int rowsErased;

    protected DataErasure() {
        // for JPA
    }

    public DataErasure(Student student, ErasureCategory category, DataRequest request, String reason, int rowsErased,
                       String by, Instant at) {
        this.student = Objects.requireNonNull(student);
        this.category = Objects.requireNonNull(category);
        this.request = request;
        this.reason = reason;
        this.rowsErased = rowsErased;
        this.erasedBy = Objects.requireNonNull(by);
        this.erasedAt = Objects.requireNonNull(at);
    }

    public ErasureCategory getCategory() {
        return category;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getReason() {
        return reason;
    }

    public int getRowsErased() {
        return rowsErased;
    }
}
