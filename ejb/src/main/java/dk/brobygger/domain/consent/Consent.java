package dk.brobygger.domain.consent;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A student's consent to share chosen needs, as they read when it was given, at one level, with one recipient:
 * the supervisors of one placement period, or one mentor. Never edited: its life is proposed, given or
 * declined, and withdrawn; a change is a new consent. It is active from when it is given until the earliest of
 * its end date, its withdrawal and the end of the recipient's period or assignment.
 */
@Entity
@Table(name = "consent")
public class Consent extends StoredRecord {

    /** The longest reason for a withdrawal recorded on the student's behalf. */
    public static final int REASON_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @ManyToOne
    @JoinColumn(name = "period_id", updatable = false)
    private PlacementPeriod period;

    @ManyToOne
    @JoinColumn(name = "assignment_id", updatable = false)
    private Assignment assignment;

    @ManyToMany
    @JoinTable(name = "consent_need", joinColumns = @JoinColumn(name = "consent_id"),
            inverseJoinColumns = @JoinColumn(name = "need_revision_id"))
    @OrderBy("category, id")
    private List<NeedRevision> needs = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentLevel level;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentStatus status;

    @Column(name = "proposed_by", updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_how")
    private GivenHow givenHow;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "given_note")
    private String givenNote;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "text_language")
    private String textLanguage;

    @Column(name = "text_hash")
    private String textHash;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "expiry_audited_at")
    private Instant expiryAuditedAt;

    @Version
    private long version;

    protected Consent() {
        // for JPA
    }

    /**
     * A consent not yet given: what would be shared with whom until when. Give it, or (as a proposal from the
     * contact person) leave it for the student to give or decline.
     */
    public Consent(Student student, PlacementPeriod period, Assignment assignment, List<NeedRevision> needs,
                   ConsentLevel level, String purpose, LocalDate validUntil, String by, Instant at) {
        this.student = Objects.requireNonNull(student, "Student is required");
        if ((period == null) == (assignment == null)) {
            throw new IllegalArgumentException("A consent has one recipient: a placement period or a mentor");
        }
        if (period != null && !period.getStudent().equals(student)) {
            throw new IllegalArgumentException("Period " + period.getId() + " is not the student's");
        }
        if (assignment != null && (!assignment.getStudent().equals(student)
                || assignment.getKind() != AssignmentKind.MENTOR)) {
            throw new IllegalArgumentException("Assignment " + assignment.getId() + " is not the student's mentor");
        }
        if (needs.isEmpty()) {
            throw new IllegalArgumentException("A consent shares at least one need");
        }
        for (NeedRevision need : needs) {
            if (!need.getNeed().getStudent().equals(student)) {
                throw new IllegalArgumentException("Need " + need.getId() + " is not the student's");
            }
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A consent states its purpose");
        }
        this.period = period;
        this.assignment = assignment;
        this.needs.addAll(needs);
        this.level = Objects.requireNonNull(level, "Level is required");
        this.purpose = purpose.strip();
        this.validUntil = Objects.requireNonNull(validUntil, "End date is required");
        this.status = ConsentStatus.PROPOSED;
        this.proposedBy = Objects.requireNonNull(by);
        this.proposedAt = Objects.requireNonNull(at);
    }

    /** Gives the consent with the exact text the giver was shown (its version, language and hash). */
    public void give(GivenHow how, String by, Instant at, ConsentText.Rendered text, String note) {
        if (status != ConsentStatus.PROPOSED) {
            throw new IllegalStateException("Consent " + getId() + " is " + status + " and cannot be given");
        }
        if (how == GivenHow.RECORDED_BY_CONTACT_PERSON && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("Say how the student gave the consent (paper, in a meeting ...)");
        }
        status = ConsentStatus.GIVEN;
        givenHow = Objects.requireNonNull(how);
        givenBy = Objects.requireNonNull(by);
        givenAt = Objects.requireNonNull(at);
        givenNote = note == null || note.isBlank() ? null : note.strip();
        textVersion = text.version();
        textLanguage = text.language();
        textHash = text.hash();
    }

    public void decline(Instant at) {
        if (status != ConsentStatus.PROPOSED) {
            throw new IllegalStateException("Consent " + getId() + " is " + status + " and cannot be declined");
        }
        status = ConsentStatus.DECLINED;
        declinedAt = Objects.requireNonNull(at);
    }

    /** Withdraws a given consent; from this moment the recipient sees nothing of it. */
    public void withdraw(String by, Instant at, String reason) {
        if (status != ConsentStatus.GIVEN || withdrawnAt != null) {
            throw new IllegalStateException("Consent " + getId() + " is not in force and cannot be withdrawn");
        }
        withdrawnBy = Objects.requireNonNull(by);
        withdrawnAt = Objects.requireNonNull(at);
        withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The last day it can be in force: its own end date, or the recipient's end if that comes first. */
    public LocalDate endsOn() {
        LocalDate recipientEnd = period != null ? period.getEndDate() : assignment.getValidTo();
        return recipientEnd != null && recipientEnd.isBefore(validUntil) ? recipientEnd : validUntil;
    }

    public boolean isActiveOn(LocalDate day) {
        return status == ConsentStatus.GIVEN && withdrawnAt == null && !day.isAfter(endsOn());
    }

    /** Whether it was given and has ended by {@code day} without being withdrawn: it expired. */
    public boolean hasExpiredBy(LocalDate day) {
        return status == ConsentStatus.GIVEN && withdrawnAt == null && day.isAfter(endsOn());
    }

    /**
     * Whether this consent shares with the person of {@code profileId} on {@code day}: they are one of the
     * period's supervisors, or the mentor of an assignment in force.
     */
    public boolean sharesWith(Long profileId, LocalDate day) {
        if (profileId == null || !isActiveOn(day)) {
            return false;
        }
        return period != null
                ? period.getSupervisors().stream().anyMatch(s -> profileId.equals(s.getId()))
                : profileId.equals(assignment.getPerson().getId()) && assignment.isValidOn(day);
    }

    public void expiryAudited(Instant at) {
        expiryAuditedAt = at;
    }

    public Student getStudent() {
        return student;
    }

    public PlacementPeriod getPeriod() {
        return period;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public List<NeedRevision> getNeeds() {
        return Collections.unmodifiableList(needs);
    }

    public ConsentLevel getLevel() {
        return level;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public GivenHow getGivenHow() {
        return givenHow;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getGivenNote() {
        return givenNote;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public String getTextLanguage() {
        return textLanguage;
    }

    public String getTextHash() {
        return textHash;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getExpiryAuditedAt() {
        return expiryAuditedAt;
    }

    public long getVersion() {
        return version;
    }
}
