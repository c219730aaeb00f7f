package dk.brobygger.domain.need;

import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One version of a need, as it read from when it was recorded. Never changed; consents point at versions. */
@Entity
@Table(name = "need_revision")
public class NeedRevision extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeedCategory category;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(updatable = false)
    private String accommodations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeedSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeedStatus status;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected NeedRevision() {
        // for JPA
    }

    NeedRevision(Need need, int revision, NeedContent content, String recordedBy, Instant recordedAt) {
        this.need = Objects.requireNonNull(need);
        this.revision = revision;
        this.category = content.category();
        this.description = content.description();
        this.accommodations = content.accommodations();
        this.source = content.source();
        this.status = content.status();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Need getNeed() {
        return need;
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
}
