package dk.brobygger.domain.plan;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.placement.PlacementPeriod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The training plan of one placement period (docs/training-plan.md): the catalogue's goals for the period with the
 * level expected, the student's own goals in their own words, what the school has taught that the placement can
 * build on, and the agreed dates of the midterm and final conversations. Shared by the student, the contact person
 * and the period's supervisors.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends StoredRecord {

    @OneToOne(optional = false)
    @JoinColumn(name = "period_id", updatable = false)
    private PlacementPeriod period;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanGoal> goals = new ArrayList<>();

    @Column(name = "student_goals")
    private String studentGoals;

    @Column(name = "school_part")
    private String schoolPart;

    @Column(name = "midterm_date")
    private LocalDate midtermDate;

    @Column(name = "final_date")
    private LocalDate finalDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected TrainingPlan() {
        // for JPA
    }

    /** A plan for the period with the goals of the catalogue that are worked on in it, at their levels. */
    public TrainingPlan(PlacementPeriod period, List<TrainingGoal> catalogue, String by, Instant at) {
        this.period = Objects.requireNonNull(period);
        int number = periodNumber(period);
        catalogue.forEach(goal -> goal.in(number).ifPresent(p -> goals.add(new PlanGoal(goal.getId(),
                p.getLevel()))));
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        changed(by, at);
    }

    /** The period's number in the programme, which the catalogue's goals name: 1 for 1a and 1b. */
    public static int periodNumber(PlacementPeriod period) {
        return Character.digit(period.getPeriodCode().charAt(0), 10);
    }

    public void writeStudentGoals(String text, String by, Instant at) {
        studentGoals = blankAsNull(text);
        changed(by, at);
    }

    public void writeSchoolPart(String text, String by, Instant at) {
        schoolPart = blankAsNull(text);
        changed(by, at);
    }

    /** The agreed conversation dates: both within the period, the midterm before the final (the service checks). */
    public void schedule(LocalDate midterm, LocalDate last, String by, Instant at) {
        midtermDate = midterm;
        finalDate = last;
        changed(by, at);
    }

    /** Whether the plan is agreed: both conversations have their dates. */
    public boolean isAgreed() {
        return midtermDate != null && finalDate != null;
    }

    private void changed(String by, Instant at) {
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public PlacementPeriod getPeriod() {
        return period;
    }

    public List<PlanGoal> getGoals() {
        return List.copyOf(goals);
    }

    public String getStudentGoals() {
        return studentGoals;
    }

    public String getSchoolPart() {
        return schoolPart;
    }

    public LocalDate getMidtermDate() {
        return midtermDate;
    }

    public LocalDate getFinalDate() {
        return finalDate;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
