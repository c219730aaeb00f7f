package dk.brobygger.application;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import java.time.LocalDate;

/** What a person types into the student form. */
public record StudentForm(String studentNumber, String firstName, String lastName, LocalDate birthDate,
                          String gender, Programme programme, SchoolSite site, String team, LocalDate startDate,
                          String username) {
}
