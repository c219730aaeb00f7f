package dk.brobygger.web.plan;

import dk.brobygger.application.AssessmentInput;
import dk.brobygger.application.PlanWriter;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.GoalMark;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The assessment's form (plan/assessment.xhtml): the supervisor's day, marks ("true" or "false" by goal id),
 * comments and summary, or the student's own marks and summary; and the version the writer started from.
 */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate heldOn;
    private final HashMap<Long, String> onLevel = new HashMap<>();
    private final HashMap<Long, String> comments = new HashMap<>();
    private final HashMap<Long, String> studentOnLevel = new HashMap<>();
    @Size(max = PlanForm.TEXT_MAX)
    private String summary;
    @Size(max = PlanForm.TEXT_MAX)
    private String studentSummary;
    private long version;

    /** Filled from the latest revision, or empty for an assessment not begun. */
    void from(Assessment assessment) {
        if (assessment != null) {
            heldOn = assessment.getHeldOn();
            for (GoalMark mark : assessment.getMarks()) {
                long goal = mark.getGoalId();
                onLevel.put(goal, text(mark.getOnLevel()));
                comments.put(goal, mark.getComment());
                studentOnLevel.put(goal, text(mark.getStudentOnLevel()));
            }
            summary = assessment.getSummary();
            studentSummary = assessment.getStudentSummary();
            version = assessment.getVersion();
        }
    }

    /** The writer's side as written, confirmed or not. */
    AssessmentInput input(PlanWriter writer, boolean confirm) {
        return writer == PlanWriter.STUDENT
                ? new AssessmentInput(null, marks(studentOnLevel), Map.of(), studentSummary, confirm)
                : new AssessmentInput(heldOn, marks(onLevel), comments, summary, confirm);
    }

    long version() {
        return version;
    }

    private static Map<Long, Boolean> marks(Map<Long, String> chosen) {
        Map<Long, Boolean> marks = new HashMap<>();
        chosen.forEach((goal, value) -> marks.put(goal, value == null || value.isEmpty() ? null
                : Boolean.valueOf(value)));
        return marks;
    }

    private static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Map<Long, String> getOnLevel() {
        return onLevel;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getStudentOnLevel() {
        return studentOnLevel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStudentSummary() {
        return studentSummary;
    }

    public void setStudentSummary(String studentSummary) {
        this.studentSummary = studentSummary;
    }
}
