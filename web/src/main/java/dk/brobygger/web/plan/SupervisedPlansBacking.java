package dk.brobygger.web.plan;

import dk.brobygger.application.PlanLine;
import dk.brobygger.application.TrainingPlanService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisor's start page: the periods they supervise and where each plan stands (supervisor/index.xhtml). */
@Named
@ViewScoped
public class SupervisedPlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingPlanService plans;

    private transient List<PlanLine> lines;

    public List<PlanLine> getLines() {
        if (lines == null) {
            lines = plans.supervised();
        }
        return lines;
    }
}
