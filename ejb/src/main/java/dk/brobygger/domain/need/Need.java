package dk.brobygger.domain.need;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A student's special need ("særligt behov"), recorded by their contact person. The row holds the current
 * version; a change adds a version and keeps the earlier ones.
 */
@Entity
@Table(name = "need")
public class Need extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedCategory category;

    @Column(nullable = false)
    private String description;

    private String accommodations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "need", cascade = CascadeType.PERSIST)
    @OrderBy("revision DESC")
    private List<NeedRevision> revisions = new ArrayList<>();

    @Version
    private long version;

    protected Need() {
        // for JPA
    }

    public Need(Student student, NeedContent content, String recordedBy, Instant recordedAt) {
        this.student = Objects.requireNonNull(student, "Student is required");
        revise(content, recordedBy, recordedAt);
    }

    /** Records a new version; the earlier ones stay. */
    public final NeedRevision revise(NeedContent content, String by, Instant at) {
        Objects.requireNonNull(content, "Content is required");
        NeedRevision next = new NeedRevision(this, revision + 1, content, by, at);
        revisions.add(0, next);
        revision = next.getRevision();
        category = content.category();
        description = content.description();
        accommodations = content.accommodations();
        source = content.source();
        status = content.status();
        recordedBy = by;
        recordedAt = at;
        return next;
    }

    /** The version as it reads now. */
    public NeedRevision current() {
        return revisions.get(0);
    }

    public NeedContent content() {
        return new NeedContent(category, description, accommodations, source, status);
    }

    public Student getStudent() {
        return student;
    }

    public int getRevision() {
        return revision;
    }

    public NeedCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getAccommodations() {
        return accommodations;
    }

    public NeedSource getSource() {
        return source;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Every version, newest first. */
    public List<NeedRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public long getVersion() {
        return version;
    }
}
