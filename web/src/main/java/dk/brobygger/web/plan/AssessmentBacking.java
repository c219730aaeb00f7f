package dk.brobygger.web.plan;

import dk.brobygger.application.PlanPage;
import dk.brobygger.application.TrainingPlanService;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.Conversation;
import dk.brobygger.domain.plan.GoalMark;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One conversation's assessment (plan/assessment.xhtml): the period's supervisor marks each goal and writes a
 * summary, the student records their own view beside it, each confirms the conversation, and the contact person
 * reads both. A completed assessment is shown as it stands, with its earlier revisions (docs/training-plan.md).
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingPlanService plans;

    private Long period;
    private Conversation kind;
    private transient PlanPage page;
    private transient Assessment latest;
    private final AssessmentForm form = new AssessmentForm();

    /** The page's view action; a missing or malformed period or conversation never gets here (the page's 404). */
    public void load() {
        read();
        form.from(latest);
    }

    public void save() {
        write(false);
    }

    public void confirm() {
        write(true);
    }

    public void correct() {
        if (Messages.attempt("correct", () -> plans.correct(period, kind))) {
            Messages.done("assessment.corrected", here());
        } else {
            read();
        }
    }

    private void write(boolean confirming) {
        if (Messages.attempt("assessment", () -> plans.assess(period, kind, form.version(),
                form.input(page.writer(), confirming)))) {
            Messages.done("assessment.saved", here());
        } else {
            read();
        }
    }

    private void read() {
        page = plans.plan(period);
        latest = page.latest(kind).orElse(null);
    }

    private String here() {
        return "/plan/assessment.xhtml?period=" + period + "&kind=" + kind;
    }

    /** A goal of the plan with its mark in the latest revision (null before the assessment has begun). */
    public record GoalRow(PlanPage.Goal goal, GoalMark mark) {
    }

    /** The plan's goals, each with its mark so far. */
    public List<GoalRow> getRows() {
        return page.goals().stream().map(g -> new GoalRow(g, latest == null ? null : latest.getMarks().stream()
                .filter(m -> m.getGoalId() == g.goal().getId()).findFirst().orElse(null))).toList();
    }

    public PlanPage getPage() {
        return page;
    }

    public Assessment getLatest() {
        return latest;
    }

    public AssessmentForm getForm() {
        return form;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Conversation getKind() {
        return kind;
    }

    public void setKind(Conversation kind) {
        this.kind = kind;
    }
}
