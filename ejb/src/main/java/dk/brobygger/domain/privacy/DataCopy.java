package dk.brobygger.domain.privacy;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A copy of a student's data that was produced (docs/data-protection.md): by the student themself, or by the data
 * protection officer with a reason and perhaps for a request. The package's bytes are not kept, only its digest.
 */
@Entity
@Table(name = "data_copy")
public class DataCopy extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @ManyToOne
    @JoinColumn(name = "request_id", updatable = false)
    private DataRequest request;

    @Column(name = "produced_by", nullable = false, updatable = false)
    private String producedBy;

    @Column(name = "produced_at", nullable = false, updatable = false)
    private Instant producedAt;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    protected DataCopy() {
        // for JPA
    }

    public DataCopy(Student student, DataRequest request, String reason, String language, String sha256,
                    long sizeBytes, String by, Instant at) {
        this.student = Objects.requireNonNull(student);
        this.request = request;
        this.reason = reason;
        this.language = Objects.requireNonNull(language);
        this.sha256 = Objects.requireNonNull(sha256);
        this.sizeBytes = sizeBytes;
        this.producedBy = Objects.requireNonNull(by);
        this.producedAt = Objects.requireNonNull(at);
    }

    public Student getStudent() {
        return student;
    }

    public DataRequest getRequest() {
        return request;
    }

    public String getProducedBy() {
        return producedBy;
    }

    public Instant getProducedAt() {
        return producedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getLanguage() {
        return language;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
