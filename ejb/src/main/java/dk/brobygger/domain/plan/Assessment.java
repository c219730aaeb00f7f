package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assessment of one conversation of a plan, in one revision (docs/training-plan.md): the supervisor marks each
 * goal with a comment and writes a summary, the student records their own view beside it, and each confirms that
 * the conversation took place. Once both have confirmed it is completed and never changed; a correction is the
 * next revision, which starts as a copy.
 */
@Entity
@Table(name = "plan_assessment")
public class Assessment extends StoredRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private TrainingPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Conversation kind;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String summary;

    @Column(name = "student_summary")
    private String studentSummary;

    @Column(name = "supervisor_confirmed_by")
    private String supervisorConfirmedBy;

    @Column(name = "supervisor_confirmed_at")
    private Instant supervisorConfirmedAt;

    @Column(name = "student_confirmed_at")
    private Instant studentConfirmedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_assessment_goal", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<GoalMark> marks = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
        // for JPA
    }

    private Assessment(TrainingPlan plan, Conversation kind, int revision, String by, Instant at) {
        this.plan = Objects.requireNonNull(plan);
        this.kind = Objects.requireNonNull(kind);
        this.revision = revision;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The first revision of a conversation's assessment: every goal of the plan, unmarked. */
    public static Assessment first(TrainingPlan plan, Conversation kind, String by, Instant at) {
        Assessment first = new Assessment(plan, kind, 1, by, at);
        plan.getGoals().forEach(g -> first.marks.add(new GoalMark(g.getGoalId(), null, null, null)));
        return first;
    }

    /** A correction of this completed assessment: the next revision, a copy to change and confirm anew. */
    public Assessment correction(String by, Instant at) {
        if (!isCompleted()) {
            throw new IllegalStateException("Only a completed assessment is corrected; this one is still open");
        }
        Assessment next = new Assessment(plan, kind, revision + 1, by, at);
        next.heldOn = heldOn;
        next.summary = summary;
        next.studentSummary = studentSummary;
        next.marks.addAll(marks);
        return next;
    }

    /**
     * The supervisor's part, whole: the day of the conversation, each goal's mark and comment (by goal id; a goal
     * not given is unmarked) and the summary. The service checks the day against the period. Both confirm anew.
     */
    public void writeBySupervisor(LocalDate day, Map<Long, Boolean> onLevel, Map<Long, String> comments,
                                  String text) {
        open();
        heldOn = day;
        marks.replaceAll(m -> m.bySupervisor(onLevel.get(m.getGoalId()), comments.get(m.getGoalId())));
        summary = text == null || text.isBlank() ? null : text.strip();
        supervisorConfirmedBy = null;
        supervisorConfirmedAt = null;
        studentConfirmedAt = null;
    }

    /** The student's own view, whole: each goal as they see it (by goal id) and their own summary. */
    public void writeByStudent(Map<Long, Boolean> onLevel, String text) {
        open();
        marks.replaceAll(m -> m.byStudent(onLevel.get(m.getGoalId())));
        studentSummary = text == null || text.isBlank() ? null : text.strip();
        studentConfirmedAt = null;
    }

    /** Whether the supervisor's part is whole: the day, and every goal marked. */
    public boolean isMarked() {
        return heldOn != null && marks.stream().allMatch(m -> m.getOnLevel() != null);
    }

    public void confirmBySupervisor(String by, Instant at) {
        open();
        if (!isMarked()) {
            throw new IllegalStateException("The conversation's day and every goal's mark come before confirming");
        }
        supervisorConfirmedBy = Objects.requireNonNull(by);
        supervisorConfirmedAt = Objects.requireNonNull(at);
    }

    public void confirmByStudent(Instant at) {
        open();
        if (heldOn == null) {
            throw new IllegalStateException("The supervisor writes the conversation's day before it is confirmed");
        }
        studentConfirmedAt = Objects.requireNonNull(at);
    }

    /** Completed: both have confirmed that the conversation took place. */
    public boolean isCompleted() {
        return supervisorConfirmedAt != null && studentConfirmedAt != null;
    }

    private void open() {
        if (isCompleted()) {
            throw new IllegalStateException("A completed assessment is not changed: a correction is a new revision");
        }
    }

    public TrainingPlan getPlan() {
        return plan;
    }

    public Conversation getKind() {
        return kind;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getStudentSummary() {
        return studentSummary;
    }

    public String getSupervisorConfirmedBy() {
        return supervisorConfirmedBy;
    }

    public Instant getSupervisorConfirmedAt() {
        return supervisorConfirmedAt;
    }

    public Instant getStudentConfirmedAt() {
        return studentConfirmedAt;
    }

    public List<GoalMark> getMarks() {
        return List.copyOf(marks);
    }

    public long getVersion() {
        return version;
    }
}
