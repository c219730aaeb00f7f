package dk.brobygger.web.students;

import dk.brobygger.application.StudentForm;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a new or changed student (students/edit.xhtml), with the limits Faces checks before a save. */
public class EditStudentForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** The student's current details, to start from. */
    void fill(Student s) {
        studentNumber = s.getStudentNumber();
        firstName = s.getFirstName();
        lastName = s.getLastName();
        birthDate = s.getBirthDate();
        gender = s.getGender();
        programme = s.getProgramme();
        site = s.getSite();
        team = s.getTeam();
        startDate = s.getStartDate();
    }

    /** The fields as the service takes them. */
    StudentForm toStudentForm() {
        return new StudentForm(studentNumber, firstName, lastName, birthDate, gender, programme, site, team,
                startDate);
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
}
