package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The education leader assigns contact persons and mentors to students, and ends assignments. */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class AssignmentService {

    private static final String RECORD = "Assignment";

    @Inject
    private Students students;

    @Inject
    private UserProfiles people;

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private Assignments assignments;

    /**
     * Assigns the person with this Keycloak username. {@code mentorType} is null for a contact person; an individual
     * mentor has an agreed {@code cadence} (null otherwise) and an end date.
     *
     * @return the new assignment's id
     */
    public long assign(long studentId, String username, AssignmentKind kind, MentorType mentorType, Cadence cadence,
                       LocalDate from, LocalDate to) {
        return gate.run(AuditEntry.of(AuditAction.ASSIGN, RECORD, null, studentId), act -> {
            Student student = students.byId(studentId).orElseThrow();
            UserProfile person = people.byUsername(username == null ? "" : username.strip())
                    .orElseThrow(() -> new InvalidInputException("username", "person.unknown"));
            String by = act.caller().username();
            Assignment assignment = kind == AssignmentKind.CONTACT_PERSON
                    ? Assignment.contactPerson(student, person, from, to, by, clock.instant())
                    : Assignment.mentor(student, person, mentorType, from, to, by, clock.instant());
            if (mentorType == MentorType.INDIVIDUAL) {
                if (cadence == null) {
                    throw new InvalidInputException("cadence", "assignment.cadence.required");
                }
                if (to == null) {
                    throw new InvalidInputException("to", "assignment.individual.endRequired");
                }
                assignment.agreeCadence(cadence);
            }
            assignments.add(assignment);
            act.record(assignment.getId()).detail(kind + " " + person.getUsername());
            return assignment.getId();
        });
    }

    /**
     * Ends an assignment with {@code lastDay} as its last day in force; it stays in the history. Refused with the
     * conflict message if it changed since the person saw it ({@code version}).
     */
    public void end(long assignmentId, long version, LocalDate lastDay, String reason) {
        gate.run(AuditEntry.of(AuditAction.END_ASSIGNMENT, RECORD, assignmentId, null),
                assignments.byId(assignmentId), a -> a.getStudent().getId(),
                (act, assignment) -> {
                    if (assignment.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    assignment.end(lastDay, reason);
                    act.detail(lastDay.toString());
                    return assignment;
                });
    }
}
