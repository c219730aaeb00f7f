package dk.brobygger.domain.placement;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.StoredRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A workplace training place ("oplæringssted") and the training supervisors who work there. */
@Entity
@Table(name = "placement")
public class Placement extends StoredRecord {

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementSize size;

    @Column(nullable = false)
    private String area;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "placement_speciality", joinColumns = @JoinColumn(name = "placement_id"))
    @Column(name = "speciality")
    private Set<Speciality> specialities = EnumSet.noneOf(Speciality.class);

    @ManyToMany
    @JoinTable(name = "placement_supervisor", joinColumns = @JoinColumn(name = "placement_id"),
            inverseJoinColumns = @JoinColumn(name = "profile_id"))
    private Set<UserProfile> supervisors = new LinkedHashSet<>();

    @Version
    private long version;

    protected Placement() {
        // for JPA
    }

    public Placement(String name, PlacementType type, PlacementSize size, String area, Set<Speciality> specialities) {
        describe(name, type, size, area, specialities);
    }

    public final void describe(String name, PlacementType type, PlacementSize size, String area,
                               Set<Speciality> specialities) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A placement needs a name");
        }
        this.name = name.strip();
        this.type = Objects.requireNonNull(type, "Type is required");
        this.size = Objects.requireNonNull(size, "Size is required");
        this.area = Objects.requireNonNull(area, "Area is required").strip();
        this.specialities = specialities.isEmpty() ? EnumSet.noneOf(Speciality.class) : EnumSet.copyOf(specialities);
    }

    public void addSupervisor(UserProfile supervisor) {
        supervisors.add(Objects.requireNonNull(supervisor));
    }

    public void removeSupervisor(UserProfile supervisor) {
        supervisors.remove(supervisor);
    }

    public boolean hasSupervisor(UserProfile profile) {
        return supervisors.contains(profile);
    }

    public String getName() {
        return name;
    }

    public PlacementType getType() {
        return type;
    }

    public PlacementSize getSize() {
        return size;
    }

    public String getArea() {
        return area;
    }

    public Set<Speciality> getSpecialities() {
        return Collections.unmodifiableSet(specialities);
    }

    public Set<UserProfile> getSupervisors() {
        return Collections.unmodifiableSet(supervisors);
    }

    public long getVersion() {
        return version;
    }
}
