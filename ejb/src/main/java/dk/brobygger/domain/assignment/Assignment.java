package dk.brobygger.domain.assignment;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.mentoring.Cadence;
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
 * A contact person or mentor assigned to a student for a period. Ending an assignment sets its last day;
 * it is never deleted, so the history of who followed the student stays.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_id")
    private UserProfile person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_type")
    private MentorType mentorType;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_reason")
    private String endedReason;

    @Version
    private long version;

    protected Assignment() {
        // for JPA
    }

    private Assignment(Student student, UserProfile person, AssignmentKind kind, MentorType mentorType,
                       LocalDate validFrom, LocalDate validTo, String createdBy, Instant createdAt) {
        this.student = Objects.requireNonNull(student, "Student is required");
        this.person = Objects.requireNonNull(person, "Person is required");
        this.kind = kind;
        this.mentorType = mentorType;
        this.validFrom = Objects.requireNonNull(validFrom, "Valid from is required");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An assignment cannot end (" + validTo + ") before it starts ("
                    + validFrom + ")");
        }
        this.validTo = validTo;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Assignment contactPerson(Student student, UserProfile person, LocalDate from, LocalDate to,
                                           String by, Instant at) {
        return new Assignment(student, person, AssignmentKind.CONTACT_PERSON, null, from, to, by, at);
    }

    public static Assignment mentor(Student student, UserProfile person, MentorType type, LocalDate from,
                                    LocalDate to, String by, Instant at) {
        return new Assignment(student, person, AssignmentKind.MENTOR, Objects.requireNonNull(type,
                "Mentor type is required"), from, to, by, at);
    }

    /** The cadence agreed with an individual mentor. */
    public void agreeCadence(Cadence agreed) {
        if (mentorType != MentorType.INDIVIDUAL) {
            throw new IllegalStateException("Only an individual mentor has an agreed cadence");
        }
        this.cadence = Objects.requireNonNull(agreed);
    }

    /**
     * Whether the assignment is in force on {@code day}: from its first day to its last, both included, or with no
     * last day. {@link #validOnJpql} and {@link #validOnSql} are the same rule for queries.
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * {@link #isValidOn} as a JPQL condition, in parentheses, to compose into a query: the assignment named
     * {@code alias} is in force on the day bound to {@code day}, as written in the query (":day").
     */
    public static String validOnJpql(String alias, String day) {
        return "(%1$s.validFrom <= %2$s AND (%1$s.validTo IS NULL OR %1$s.validTo >= %2$s))".formatted(alias, day);
    }

    /**
     * {@link #isValidOn} as a native SQL condition on the table {@code assignment}, in parentheses: the row named
     * {@code alias} is in force on the day bound to {@code day}, as written in the query ("?3").
     */
    public static String validOnSql(String alias, String day) {
        return "(%1$s.valid_from <= %2$s AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= %2$s))".formatted(alias, day);
    }

    /**
     * Ends the assignment with {@code lastDay} as its last day in force; the day before it starts cancels a
     * future assignment without it ever having been in force.
     */
    public void end(LocalDate lastDay, String reason) {
        Objects.requireNonNull(lastDay, "The last day is required");
        if (lastDay.isBefore(validFrom.minusDays(1))) {
            throw new IllegalArgumentException("An assignment cannot end before it starts: " + lastDay);
        }
        if (validTo != null && lastDay.isAfter(validTo)) {
            throw new IllegalArgumentException("The assignment already ends on " + validTo);
        }
        this.validTo = lastDay;
        this.endedReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Student getStudent() {
        return student;
    }

    public UserProfile getPerson() {
        return person;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public MentorType getMentorType() {
        return mentorType;
    }

    /** The agreed cadence of an individual mentor, or null. */
    public Cadence getCadence() {
        return cadence;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public long getVersion() {
        return version;
    }
}
