package dk.brobygger.domain.task;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.TransitionRule;
import dk.brobygger.domain.placement.PlacementPeriod;
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
 * Something the student's contact person is to do by a date: a transition task around a placement period, or a
 * mentor's follow-up. It belongs to the student, not to a person: whoever
 * is the student's contact person on the day has it in their list. A transition task keeps its offset from its
 * placement period, so it moves when the period's dates change; it is cancelled if the period is removed.
 */
@Entity
@Table(name = "task")
public class Task extends StoredRecord {

    public static final int NOTE_MAX = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TaskKind kind;

    @ManyToOne
    @JoinColumn(name = "offer_id", updatable = false)
    private SupportOffer offer;

    @ManyToOne
    @JoinColumn(name = "period_id")
    private PlacementPeriod period;

    @Column(name = "period_code", updatable = false)
    private String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TaskAnchor anchor;

    @Column(name = "offset_days", updatable = false)
    private Integer offsetDays;

    @ManyToOne
    @JoinColumn(name = "session_id", updatable = false)
    private MentorSession session;

    @Column(updatable = false)
    private String message;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    private String note;

    @Version
    private long version;

    protected Task() {
        // for JPA
    }

    /** A transition task for a period, due where the offer's rule puts it. */
    public static Task transition(SupportOffer offer, PlacementPeriod period, Instant at) {
        TransitionRule rule = Objects.requireNonNull(offer.getTransitionRule(), "Not a transition offer");
        Task task = new Task();
        task.student = period.getStudent();
        task.kind = TaskKind.TRANSITION;
        task.offer = offer;
        task.period = period;
        task.periodCode = period.getPeriodCode();
        task.anchor = rule.getAnchor();
        task.offsetDays = rule.getOffsetDays();
        task.dueOn = TransitionRule.dueOn(task.anchor, task.offsetDays, period.getStartDate(), period.getEndDate());
        task.status = TaskStatus.OPEN;
        task.createdAt = Objects.requireNonNull(at);
        return task;
    }

    /** A mentor's follow-up on a session, about one of its mentees, due a few days after it was logged. */
    public static Task mentorFollowUp(MentorSession session, Student student, LocalDate dueOn, Instant at) {
        if (session.getFollowUpMessage() == null || !session.getAttendees().contains(student)) {
            throw new IllegalArgumentException("A follow-up has the mentor's message and concerns an attendee");
        }
        Task task = new Task();
        task.student = student;
        task.kind = TaskKind.MENTOR_FOLLOW_UP;
        task.session = session;
        task.message = session.getFollowUpMessage();
        task.dueOn = Objects.requireNonNull(dueOn);
        task.status = TaskStatus.OPEN;
        task.createdAt = Objects.requireNonNull(at);
        return task;
    }

    /** Moves an open task with its period's new dates; a closed one stays as it was. */
    public void follow(LocalDate start, LocalDate end) {
        if (status == TaskStatus.OPEN && anchor != null) {
            dueOn = TransitionRule.dueOn(anchor, offsetDays, start, end);
        }
    }

    public void done(String by, Instant at, String note) {
        if (status != TaskStatus.OPEN) {
            throw new IllegalStateException("The task is " + status + " already");
        }
        close(TaskStatus.DONE, by, at, note);
    }

    /** Its period is removed: an open task is cancelled (the note says why), a closed one keeps its history. */
    public void periodRemoved(String by, Instant at, String note) {
        if (status == TaskStatus.OPEN) {
            close(TaskStatus.CANCELLED, by, at, note);
        }
        period = null;
    }

    private void close(TaskStatus closedAs, String by, Instant at, String note) {
        status = closedAs;
        closedBy = Objects.requireNonNull(by);
        closedAt = Objects.requireNonNull(at);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean overdueOn(LocalDate day) {
        return status == TaskStatus.OPEN && dueOn.isBefore(day);
    }

    public Student getStudent() {
        return student;
    }

    public TaskKind getKind() {
        return kind;
    }

    public SupportOffer getOffer() {
        return offer;
    }

    public PlacementPeriod getPeriod() {
        return period;
    }

    /** The session a mentor's follow-up comes from, or null. */
    public MentorSession getSession() {
        return session;
    }

    /** The mentor's message, for a follow-up; null otherwise. */
    public String getMessage() {
        return message;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
