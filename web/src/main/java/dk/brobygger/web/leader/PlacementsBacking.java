package dk.brobygger.web.leader;

import dk.brobygger.application.PlacementService;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Speciality;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The education leader's placements: create one, add supervisors. */
@Named
@ViewScoped
public class PlacementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlacementService service;

    private String name;
    private PlacementType type;
    private PlacementSize size;
    private String area;
    private List<Speciality> specialities = List.of();
    private Long supervisorPlacement;
    private String supervisorUsername;
    private transient List<Placement> placements;

    public List<Placement> getPlacements() {
        if (placements == null) {
            placements = service.placements();
        }
        return placements;
    }

    public void create() {
        done(Messages.attempt("placement", () -> service.createPlacement(name, type, size, area,
                specialities.isEmpty() ? EnumSet.noneOf(Speciality.class) : EnumSet.copyOf(specialities))),
                "placement.created");
    }

    public void addSupervisor() {
        done(Messages.attempt("supervisor", () -> service.addSupervisor(
                supervisorPlacement == null ? -1 : supervisorPlacement, supervisorUsername)), "placement.supervisorAdded");
    }

    private static void done(boolean succeeded, String confirmation) {
        if (succeeded) {
            Messages.done(confirmation, "/leader/placements.xhtml");
        }
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
        this.specialities = specialities == null ? List.of() : specialities;
    }

    public Long getSupervisorPlacement() {
        return supervisorPlacement;
    }

    public void setSupervisorPlacement(Long supervisorPlacement) {
        this.supervisorPlacement = supervisorPlacement;
    }

    public String getSupervisorUsername() {
        return supervisorUsername;
    }

    public void setSupervisorUsername(String supervisorUsername) {
        this.supervisorUsername = supervisorUsername;
    }
}
