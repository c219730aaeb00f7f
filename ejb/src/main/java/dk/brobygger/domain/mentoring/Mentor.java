package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A member of the school's mentor corps: a staff mentor, or a peer mentor who is a student from a later cohort. */
@Entity
@Table(name = "mentor")
public class Mentor extends StoredRecord {

    @OneToOne(optional = false)
    @JoinColumn(name = "profile_id", updatable = false)
    private UserProfile person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorKind kind;

    @ManyToOne
    @JoinColumn(name = "student_id")
    private Student student;

    @Version
    private long version;

    protected Mentor() {
        // for JPA
    }

    /** A staff mentor, or (with their own student record) a peer mentor. */
    public Mentor(UserProfile person, Student peerStudent) {
        this.person = Objects.requireNonNull(person);
        this.kind = peerStudent == null ? MentorKind.STAFF : MentorKind.PEER;
        this.student = peerStudent;
    }

    public UserProfile getPerson() {
        return person;
    }

    public MentorKind getKind() {
        return kind;
    }

    public Student getStudent() {
        return student;
    }

    public long getVersion() {
        return version;
    }
}
