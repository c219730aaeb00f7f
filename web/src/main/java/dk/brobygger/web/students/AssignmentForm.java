package dk.brobygger.web.students;

import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.profile.UserProfile;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a new contact-person or mentor assignment (students/assignments.xhtml). */
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = UserProfile.USERNAME_MAX)
    private String username;
    private AssignmentKind kind = AssignmentKind.CONTACT_PERSON;
    private MentorType mentorType;
    private Cadence cadence;
    private LocalDate from = LocalDate.now();
    private LocalDate to;

    /** The mentor type as the service takes it: none for a contact person, whatever was chosen. */
    MentorType mentorTypeToSave() {
        return kind == AssignmentKind.MENTOR ? mentorType : null;
    }

    /** The cadence as the service takes it: only an individual mentor has one. */
    Cadence cadenceToSave() {
        return mentorTypeToSave() == MentorType.INDIVIDUAL ? cadence : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public void setKind(AssignmentKind kind) {
        this.kind = kind;
    }

    public MentorType getMentorType() {
        return mentorType;
    }

    public void setMentorType(MentorType mentorType) {
        this.mentorType = mentorType;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
