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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The education leader's placements: the list, and one placement created or edited with its supervisors. The
 * version the person started from travels with the form, so a save after someone else's is refused.
 */
@Named
@ViewScoped
public class PlacementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlacementService service;

    private Long id;
    private long version;
    private String name;
    private PlacementType type;
    private PlacementSize size;
    private String area;
    private List<Speciality> specialities = new ArrayList<>();
    private String supervisorUsername;
    private transient List<Placement> placements;
    private transient Placement placement;

    /** The edit page's view action: with an id, the placement as it is now. */
    public void load() {
        if (id == null) {
            return;
        }
        placement = service.placement(id);
        version = placement.getVersion();
        name = placement.getName();
        type = placement.getType();
        size = placement.getSize();
        area = placement.getArea();
        specialities = new ArrayList<>(placement.getSpecialities());
    }

    public List<Placement> getPlacements() {
        if (placements == null) {
            placements = service.placements();
        }
        return placements;
    }

    public void save() {
        Set<Speciality> chosen = specialities.isEmpty() ? EnumSet.noneOf(Speciality.class) : EnumSet.copyOf(specialities);
        Long[] saved = {id};
        if (Messages.attempt("placement", () -> {
            if (id == null) {
                saved[0] = service.createPlacement(name, type, size, area, chosen);
            } else {
                service.updatePlacement(id, version, name, type, size, area, chosen);
            }
        })) {
            Messages.done(id == null ? "placement.created" : "placement.saved", "/leader/placement.xhtml?id=" + saved[0]);
        }
    }

    public void addSupervisor() {
        if (Messages.attempt("supervisor", () -> service.addSupervisor(id, supervisorUsername))) {
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PlacementType getType() {
        return type;
    }

    public void setType(PlacementType type) {
        this.type = type;
    }

    public PlacementSize getSize() {
        return size;
    }

    public void setSize(PlacementSize size) {
        this.size = size;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public List<Speciality> getSpecialities() {
        return specialities;
    }

    public void setSpecialities(List<Speciality> specialities) {
        this.specialities = specialities;
    }

    public String getSupervisorUsername() {
        return supervisorUsername;
    }

    public void setSupervisorUsername(String supervisorUsername) {
        this.supervisorUsername = supervisorUsername;
    }
}
