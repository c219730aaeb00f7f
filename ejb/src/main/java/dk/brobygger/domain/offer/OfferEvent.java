package dk.brobygger.domain.offer;

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

/** One change of an offer's status: when, who, and their note. Never changed (the database refuses it). */
@Entity
@Table(name = "student_offer_event")
public class OfferEvent extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_offer_id", updatable = false)
    private StudentOffer studentOffer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OfferStatus status;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_username", nullable = false, updatable = false)
    private String by;

    @Column(updatable = false)
    private String note;

    protected OfferEvent() {
        // for JPA
    }

    OfferEvent(StudentOffer studentOffer, OfferStatus status, Instant at, String by, String note) {
        this.studentOffer = studentOffer;
        this.status = status;
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getNote() {
        return note;
    }
}
