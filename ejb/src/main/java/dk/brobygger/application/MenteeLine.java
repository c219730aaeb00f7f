package dk.brobygger.application;

import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.student.Programme;
import java.time.LocalDate;

/**
 * One of the mentor's current mentees, with when they last met and whether the agreed cadence has been missed.
 *
 * @param cadence null for a peer mentee (no agreed cadence, never overdue)
 */
public record MenteeLine(long studentId, String name, Programme programme, String team, String contactPersons,
                         MentorType type, Cadence cadence, LocalDate until, LocalDate lastSession,
                         boolean overdue) {
}
