package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A small group of a peer mentor's mentees, who can meet and be logged together. */
@Entity
@Table(name = "mentor_cluster")
public class MentorCluster extends StoredRecord {

    public static final int NAME_MAX = 100;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id", updatable = false)
    private Mentor mentor;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClusterBasis basis;

    @ManyToMany
    @JoinTable(name = "mentor_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "student_id"))
    @OrderBy("lastName, firstName")
    private Set<Student> members = new LinkedHashSet<>();

    @Version
    private long version;

    protected MentorCluster() {
        // for JPA
    }

    public MentorCluster(Mentor mentor, String name, ClusterBasis basis) {
        this.mentor = Objects.requireNonNull(mentor);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A cluster has a name");
        }
        this.name = name.strip();
        this.basis = Objects.requireNonNull(basis);
    }

    public void add(Student student) {
        members.add(Objects.requireNonNull(student));
    }

    public void remove(Student student) {
        members.remove(student);
    }

    public Mentor getMentor() {
        return mentor;
    }

    public String getName() {
        return name;
    }

    public ClusterBasis getBasis() {
        return basis;
    }

    public Set<Student> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public long getVersion() {
        return version;
    }
}
