package dk.brobygger.web.leader;

import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Speciality;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The fields of the placement page's forms (leader/placement.xhtml): the placement, and a supervisor to add. */
public class PlacementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private PlacementType type;
    private PlacementSize size;
    private String area;
    private List<Speciality> specialities = new ArrayList<>();
    private String supervisorUsername;

    /** The fields as the placement has them now. */
    void fill(Placement placement) {
        name = placement.getName();
        type = placement.getType();
        size = placement.getSize();
        area = placement.getArea();
        specialities = new ArrayList<>(placement.getSpecialities());
    }

    /** The specialities chosen, as the service takes them. */
    Set<Speciality> chosenSpecialities() {
        return specialities.isEmpty() ? EnumSet.noneOf(Speciality.class) : EnumSet.copyOf(specialities);
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
