package dk.brobygger.web.plan;

import dk.brobygger.application.PlanPage;
import dk.brobygger.application.TrainingPlanService;
import dk.brobygger.domain.plan.AbsenceReason;
import dk.brobygger.domain.plan.Conversation;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A period's training plan (plan/index.xhtml), shared by the student, their contact person and the period's
 * supervisors: each reads it whole and writes their own part (docs/training-plan.md).
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingPlanService plans;

    private Long period;
    private transient PlanPage page;
    private final PlanForm form = new PlanForm();

    /** The page's view action; a missing or malformed period never gets here (the page's 404). */
    public void load() {
        page = plans.plan(period);
        form.from(page.plan());
    }

    public void save() {
        after(Messages.attempt("plan", () -> plans.writePlan(period, form.version(), form.input())), "plan.saved");
    }

    public void share(boolean share) {
        after(Messages.attempt("share", () -> plans.sharePlan(period, share)), share ? "plan.share.started"
                : "plan.share.stopped");
    }

    public void issueStatement() {
        after(Messages.attempt("statement", () -> plans.issueStatement(period, form.approval(),
                form.getStatementReason())), "statement.issued");
    }

    public void recordAbsence() {
        after(Messages.attempt("absence", () -> plans.recordAbsence(period, form.getAbsenceFirstDay(),
                form.getAbsenceDays(), form.getAbsenceReason())), "absence.recorded");
    }

    /** On success the confirmation on the plan, by redirect; on failure the messages, with the plan read again. */
    private void after(boolean succeeded, String confirmation) {
        if (succeeded) {
            Messages.done(confirmation, "/plan/index.xhtml?period=" + period);
        } else {
            page = plans.plan(period);
        }
    }

    public AbsenceReason[] getAbsenceReasons() {
        return AbsenceReason.values();
    }

    /** Where a conversation's assessment stands, as a line: not begun, in progress, or completed on its day. */
    public String assessmentState(Conversation kind) {
        return page.latest(kind).map(a -> a.isCompleted() ? Messages.text("assessment.done", a.getHeldOn())
                : Messages.text("assessment.inProgress")).orElseGet(() -> Messages.text("assessment.none"));
    }

    public Conversation[] getConversations() {
        return Conversation.values();
    }

    public PlanPage getPage() {
        return page;
    }

    public PlanForm getForm() {
        return form;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }
}
