package dk.brobygger.web.plan;

import dk.brobygger.application.PlanLine;
import dk.brobygger.application.TrainingPlanService;
import dk.brobygger.domain.plan.PlanTask;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The supervisor's start page (supervisor/index.xhtml): their open tasks, and the periods they supervise with where
 * each plan stands.
 */
@Named
@ViewScoped
public class SupervisedPlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingPlanService plans;

    private transient List<PlanLine> lines;

    /** An open task of one of the supervisor's periods. */
    public record Task(PlanLine line, PlanTask task) {
    }

    /** The open tasks of all the supervisor's periods, the earliest due first. */
    public List<Task> getTasks() {
        return getLines().stream().flatMap(l -> l.tasks().stream().filter(t -> !t.done()).map(t -> new Task(l, t)))
                .sorted(Comparator.comparing((Task t) -> t.task().due())).toList();
    }

    public List<PlanLine> getLines() {
        if (lines == null) {
            lines = plans.supervised();
        }
        return lines;
    }
}
