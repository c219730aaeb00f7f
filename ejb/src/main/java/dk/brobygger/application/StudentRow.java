package dk.brobygger.application;

import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.StudentStatus;
import java.time.LocalDate;

/**
 * One line of a student list, holding only what the list's reader may see: fields outside their view are null
 * (a training supervisor gets name, programme, period and contact person). Case and tasks are on the contact
 * person's list only. A mentor's list of mentees is {@link MenteeLine}.
 */
public record StudentRow(long id, String studentNumber, String name, Programme programme, String team,
                         StudentStatus status, String contactPersons, String contactEmails, String periodCode,
                         String placement, LocalDate periodStart, LocalDate periodEnd, Boolean openCase,
                         Long openTasks, Long overdueTasks) {
}
