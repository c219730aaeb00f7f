package dk.brobygger.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * One goal (the catalogue goal's id) as a conversation assessed it: the supervisor's "på niveau" or "ikke på niveau endnu" (null until
 * marked) with a comment, and the student's own view beside it.
 */
@Embeddable
public class GoalMark implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(name = "on_level")
    private Boolean onLevel;

    private String comment;

    @Column(name = "student_on_level")
    private Boolean studentOnLevel;

    protected GoalMark() {
        // for JPA
    }

    GoalMark(long goalId, Boolean onLevel, String comment, Boolean studentOnLevel) {
        this.goalId = goalId;
        this.onLevel = onLevel;
        this.comment = comment;
        this.studentOnLevel = studentOnLevel;
    }

    GoalMark bySupervisor(Boolean level, String text) {
        return new GoalMark(goalId, level, text == null || text.isBlank() ? null : text.strip(), studentOnLevel);
    }

    GoalMark byStudent(Boolean level) {
        return new GoalMark(goalId, onLevel, comment, level);
    }

    public long getGoalId() {
        return goalId;
    }

    public Boolean getOnLevel() {
        return onLevel;
    }

    public String getComment() {
        return comment;
    }

    public Boolean getStudentOnLevel() {
        return studentOnLevel;
    }
}
