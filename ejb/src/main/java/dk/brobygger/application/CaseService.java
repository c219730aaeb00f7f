package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.casework.JournalEntry;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A student's case and its journal: only the student's current contact persons. */
@Stateless
@RolesAllowed(Role.CONTACT_PERSON_NAME)
public class CaseService {

    private static final String RECORD = "Case";

    @Inject
    private Students students;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** Opens the student's case; there is at most one open case per student. */
    public long open(long studentId) {
        Caller caller = guard.caller();
        Student student = guard.existingStudent(caller, AuditAction.OPEN_CASE, RECORD, studentId);
        guard.require(caller, AuditAction.OPEN_CASE, RECORD, null, studentId);
        if (students.openCase(studentId).isPresent()) {
            throw new InvalidInputException(null, "case.alreadyOpen");
        }
        StudentCase opened = new StudentCase(student, caller.username(), clock.instant());
        em.persist(opened);
        audit.allowed(caller, AuditAction.OPEN_CASE, RECORD, opened.getId(), studentId, null);
        return opened.getId();
    }

    /** The open case with its journal, if the student has one. */
    public Optional<StudentCase> openCase(long studentId) {
        Caller caller = guard.caller();
        guard.existingStudent(caller, AuditAction.READ_JOURNAL, RECORD, studentId);
        guard.require(caller, AuditAction.READ_JOURNAL, RECORD, null, studentId);
        Optional<StudentCase> open = students.openCase(studentId);
        open.ifPresent(c -> c.getJournal().size());
        audit.allowed(caller, AuditAction.READ_JOURNAL, RECORD, open.map(StudentCase::getId).orElse(null), studentId,
                open.map(c -> c.getJournal().size() + " entries").orElse("no open case"));
        return open;
    }

    public void addEntry(long studentId, LocalDate date, String text) {
        Caller caller = guard.caller();
        guard.existingStudent(caller, AuditAction.WRITE_JOURNAL, RECORD, studentId);
        guard.require(caller, AuditAction.WRITE_JOURNAL, RECORD, null, studentId);
        StudentCase open = students.openCase(studentId)
                .orElseThrow(() -> new InvalidInputException(null, "case.noneOpen"));
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("entryDate", "journal.date.future");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("entryText", "journal.text.required");
        }
        JournalEntry entry = open.addEntry(date, text, caller.username(), clock.instant());
        em.persist(entry);
        audit.allowed(caller, AuditAction.WRITE_JOURNAL, RECORD, open.getId(), studentId, null);
    }

    public void close(long studentId, String reason) {
        Caller caller = guard.caller();
        guard.existingStudent(caller, AuditAction.CLOSE_CASE, RECORD, studentId);
        guard.require(caller, AuditAction.CLOSE_CASE, RECORD, null, studentId);
        StudentCase open = students.openCase(studentId)
                .orElseThrow(() -> new InvalidInputException(null, "case.noneOpen"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("closeReason", "case.closeReason.required");
        }
        open.close(reason, caller.username(), clock.instant());
        audit.allowed(caller, AuditAction.CLOSE_CASE, RECORD, open.getId(), studentId, null);
    }

}
