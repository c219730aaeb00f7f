package dk.brobygger.web.leader;

import dk.brobygger.application.PlacementService;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Speciality;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The education leader's placements: the list, and one placement created or edited with its supervisors. The
 * version the person started from travels with the form, so a save after someone else's is refused. The fields
 * are in {@link PlacementForm}.
 */
@Named
@ViewScoped
public class PlacementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlacementService service;

    private Long id;
    private long version;
    private final PlacementForm form = new PlacementForm();
    private transient List<Placement> placements;
    private transient Placement placement;

    /** The edit page's view action: with an id, the placement as it is now. */
    public void load() {
        if (id == null) {
            return;
        }
        placement = service.placement(id);
        version = placement.getVersion();
        form.fill(placement);
    }

    public List<Placement> getPlacements() {
        if (placements == null) {
            placements = service.placements();
        }
        return placements;
    }

    public void save() {
        Set<Speciality> chosen = form.chosenSpecialities();
        Long[] saved = {id};
        if (Messages.attempt("placement", () -> {
            if (id == null) {
                saved[0] = service.createPlacement(form.getName(), form.getType(), form.getSize(),
                        form.getArea(), chosen);
            } else {
                service.updatePlacement(id, version, form.getName(), form.getType(), form.getSize(),
                        form.getArea(), chosen);
            }
        })) {
            Messages.done(id == null ? "placement.created" : "placement.saved", "/leader/placement.xhtml?id=" + saved[0]);
        }
    }

    public void addSupervisor() {
        if (Messages.attempt("supervisor", () -> service.addSupervisor(id, form.getSupervisorUsername()))) {
            Messages.done("placement.supervisorAdded", "/leader/placement.xhtml?id=" + id);
        }
    }

    public void removeSupervisor(long profileId) {
        if (Messages.attempt("supervisors", () -> service.removeSupervisor(id, profileId))) {
            Messages.done("placement.supervisorRemoved", "/leader/placement.xhtml?id=" + id);
        }
    }

    /** The placement's supervisors as they were loaded for the page. */
    public List<UserProfile> getSupervisors() {
        if (placement == null && id != null) {
            placement = service.placement(id);
        }
        return placement == null ? List.of() : List.copyOf(placement.getSupervisors());
    }

    public boolean isNew() {
        return id == null;
    }

    public PlacementType[] getTypes() {
        return PlacementType.values();
    }

    public PlacementSize[] getSizes() {
        return PlacementSize.values();
    }

    public Speciality[] getAllSpecialities() {
        return Speciality.values();
    }

    public PlacementForm getForm() {
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
}
