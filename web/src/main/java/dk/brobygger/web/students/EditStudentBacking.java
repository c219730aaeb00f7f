package dk.brobygger.web.students;

import dk.brobygger.application.StudentForm;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Creates a student, or edits one. The version the person started from travels with the form, so a save after
 * someone else's is refused with a clear message instead of overwriting their change.
 */
@Named
@ViewScoped
public class EditStudentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService service;

    private Long id;
    private long version;

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9]{6,12}", message = "{student.number.pattern}")
    private String studentNumber;
    @NotBlank
    @Size(max = Student.NAME_MAX)
    private String firstName;
    @NotBlank
    @Size(max = Student.NAME_MAX)
    private String lastName;
    @NotNull
    @Past
    private LocalDate birthDate;
    @Size(max = Student.GENDER_MAX)
    private String gender;
    @NotNull
    private Programme programme;
    @NotNull
    private SchoolSite site;
    @NotBlank
    @Size(max = Student.TEAM_MAX)
    private String team;
    @NotNull
    private LocalDate startDate;
    @Size(max = Student.USERNAME_MAX)
    private String username;

    /** The page's view action: with an id, the student's current details. */
    public void load() {
        if (id == null) {
            return;
        }
        Student s = service.forEdit(id);
        version = s.getVersion();
        studentNumber = s.getStudentNumber();
        firstName = s.getFirstName();
        lastName = s.getLastName();
        birthDate = s.getBirthDate();
        gender = s.getGender();
        programme = s.getProgramme();
        site = s.getSite();
        team = s.getTeam();
        startDate = s.getStartDate();
        username = s.getUsername();
    }

    public void save() {
        if (!startDate.isAfter(birthDate)) {
            Messages.error("student:startDate", "student.startDate.afterBirth");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        StudentForm form = new StudentForm(studentNumber, firstName, lastName, birthDate, gender, programme, site,
                team, startDate, username);
        Long[] saved = {id};
        boolean ok = Messages.attempt("student", () -> {
            if (id == null) {
                saved[0] = service.create(form);
            } else {
                service.update(id, version, form);
            }
        });
        if (ok) {
            Messages.done(id == null ? "student.created" : "student.saved", "/students/view.xhtml?id=" + saved[0]);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public SchoolSite[] getSites() {
        return SchoolSite.values();
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

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public SchoolSite getSite() {
        return site;
    }

    public void setSite(SchoolSite site) {
        this.site = site;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
