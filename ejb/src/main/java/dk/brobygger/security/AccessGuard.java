package dk.brobygger.security;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.student.Relationships;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.infrastructure.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The gate every service method passes before it touches a student's records: reads the caller's relationship
 * to the student now, asks the {@link AccessPolicy}, and on a refusal writes the audit event and throws.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccessGuard {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Relationships relationships;

    @Inject
    private Students students;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Caller caller() {
        return currentCaller.get();
    }

    /** How the caller stands to the student at this moment. */
    public Relationship relationship(Caller caller, Long studentId) {
        return studentId == null ? Relationship.NONE : relationships.between(caller, studentId, LocalDate.now(clock));
    }

    /** Checks an action on one student's records (or on one record of theirs). */
    public Decision require(Caller caller, AuditAction action, String recordType, Long recordId, Long studentId) {
        Relationship relationship = relationship(caller, studentId);
        Decision decision = AccessPolicy.decide(action, caller, relationship);
        if (!decision.allowed()) {
            refuse(caller, action, recordType, recordId, studentId, decision.reason());
        }
        return decision;
    }

    /** The student, or an audited refusal when there is none: a missing record is refused like one out of scope. */
    public Student existingStudent(Caller caller, AuditAction action, String recordType, long studentId) {
        return students.byId(studentId).orElseThrow(() ->
                refuse(caller, action, recordType, null, studentId, "no such student"));
    }

    /** Whether the caller may do this now: to offer only the actions that will be allowed. Not audited. */
    public boolean allows(Caller caller, AuditAction action, Long studentId) {
        return AccessPolicy.decide(action, caller, relationship(caller, studentId)).allowed();
    }

    /** Refuses, audited: for a record that does not exist, which is refused like one out of scope. */
    public AccessDeniedException refuse(Caller caller, AuditAction action, String recordType, Long recordId,
                                        Long studentId, String reason) {
        audit.refused(caller, action, recordType, recordId, studentId, reason);
        throw new AccessDeniedException(action + " " + recordType + " " + recordId + ": " + reason);
    }
}
