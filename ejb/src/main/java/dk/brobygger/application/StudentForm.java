package dk.brobygger.application;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import java.time.LocalDate;

/** What a person types into the student form. */
public record StudentForm(String studentNumber, String firstName, String lastName, LocalDate birthDate,
                          String gender, Programme programme, SchoolSite site, String team, LocalDate startDate) {

    Student newStudent() {
        Student student = new Student(studentNumber, firstName, lastName, birthDate, gender, programme, site, team,
                startDate);
        return student;
    }

    void applyTo(Student student) {
        student.update(studentNumber, firstName, lastName, birthDate, gender, programme, site, team, startDate);
    }
}
