package dk.brobygger.web.students;

import dk.brobygger.application.PlacementService;
import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A new placement period for a student, registered by the education leader (students/period.xhtml); all the
 * placement's supervisors follow the student until fewer are chosen on /leader/period.xhtml.
 */
@Named
@ViewScoped
public class RegisterPeriodBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    @EJB
    private PlacementService placements;

    private Long id;
    private transient StudentDetails details;
    private transient List<Placement> placementChoices;
    private final PeriodForm form = new PeriodForm();

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        details = students.viewFor(id, AuditAction.REGISTER_PERIOD);
    }

    public void register() {
        StudentPages.after(Messages.attempt("period", () -> placements.registerPeriod(id,
                form.getPlacement() == null ? -1 : form.getPlacement(), form.getCode(), form.getStart(),
                form.getEnd())), "period.registered", id, this::load);
    }

    /** The placements to choose from, asked once per page. */
    public List<Placement> getPlacements() {
        if (placementChoices == null) {
            placementChoices = placements.placements();
        }
        return placementChoices;
    }

    public PeriodForm getForm() {
        return form;
    }

    public StudentDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
