package dk.brobygger.web.leader;

import dk.brobygger.application.PlacementService;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/**
 * One placement period, changed by the education leader: code, dates and which of the placement's supervisors
 * follow the student; or removed, if it has not begun. Saves after someone else's change are refused. The fields
 * are in {@link EditPeriodForm}.
 */
@Named
@ViewScoped
public class PeriodBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlacementService service;

    private Long id;
    private long version;
    private long studentId;
    private String studentName;
    private String placementName;
    private List<UserProfile> placementSupervisors = List.of();
    private final EditPeriodForm form = new EditPeriodForm();

    /** The page's view action: the period as it is now. */
    public void load() {
        PlacementPeriod period = service.periodForEdit(id);
        version = period.getVersion();
        studentId = period.getStudent().getId();
        studentName = period.getStudent().getFullName();
        placementName = period.getPlacement().getName();
        placementSupervisors = List.copyOf(period.getPlacement().getSupervisors());
        form.fill(period);
    }

    public void save() {
        if (Messages.attempt("period", () -> service.updatePeriod(id, version, form.getCode(), form.getStart(),
                form.getEnd(), new HashSet<>(form.getSupervisors())))) {
            Messages.done("period.saved", "/students/view.xhtml?id=" + studentId);
        }
    }

    public void remove() {
        if (Messages.attempt("remove", () -> service.removePeriod(id, version))) {
            Messages.done("period.removed", "/students/view.xhtml?id=" + studentId);
        }
    }

    public EditPeriodForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public long getStudentId() {
        return studentId;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getPlacementName() {
        return placementName;
    }

    public List<UserProfile> getPlacementSupervisors() {
        return placementSupervisors;
    }
}
