package dk.brobygger.domain.offer;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A support offer for one student, linked to the needs it answers. Every change of status is kept as an event with
 * when, who and a note; an offer completes with an outcome and whether it helped.
 */
@Entity
@Table(name = "student_offer")
public class StudentOffer extends StoredRecord {

    public static final int NOTE_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", updatable = false)
    private SupportOffer offer;

    @ManyToMany
    @JoinTable(name = "student_offer_need", joinColumns = @JoinColumn(name = "student_offer_id"),
            inverseJoinColumns = @JoinColumn(name = "need_id"))
    private Set<Need> needs = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferStatus status;

    @Column(nullable = false)
    private String responsible;

    private String outcome;

    @Enumerated(EnumType.STRING)
    private Helped helped;

    @OneToMany(mappedBy = "studentOffer", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<OfferEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected StudentOffer() {
        // for JPA
    }

    /** Proposes an offer to the student; the proposer is responsible for it. */
    public StudentOffer(Student student, SupportOffer offer, Set<Need> needs, String by, Instant at, String note) {
        this.student = Objects.requireNonNull(student);
        this.offer = Objects.requireNonNull(offer);
        if (!offer.isActive()) {
            throw new IllegalStateException("The offer " + offer.getCode() + " is retired");
        }
        for (Need need : needs) {
            if (!need.getStudent().equals(student)) {
                throw new IllegalArgumentException("Need " + need.getId() + " is not the student's");
            }
        }
        this.needs.addAll(needs);
        this.responsible = Objects.requireNonNull(by);
        this.status = OfferStatus.PROPOSED;
        events.add(new OfferEvent(this, OfferStatus.PROPOSED, at, by, note));
    }

    /**
     * Moves the offer on. A change its status does not allow is refused (the caller shows the reason); completing
     * needs an outcome and whether it helped.
     */
    public void moveTo(OfferStatus next, Instant at, String by, String note, String outcome, Helped helped) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("An offer that is " + status + " cannot become " + next);
        }
        if (next == OfferStatus.COMPLETED) {
            if (outcome == null || outcome.isBlank() || helped == null) {
                throw new IllegalArgumentException("A completed offer has an outcome and whether it helped");
            }
            this.outcome = outcome.strip();
            this.helped = helped;
        }
        status = next;
        events.add(new OfferEvent(this, next, at, by, note));
    }

    public Student getStudent() {
        return student;
    }

    public SupportOffer getOffer() {
        return offer;
    }

    public Set<Need> getNeeds() {
        return Collections.unmodifiableSet(needs);
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getOutcome() {
        return outcome;
    }

    public Helped getHelped() {
        return helped;
    }

    public List<OfferEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public long getVersion() {
        return version;
    }
}
