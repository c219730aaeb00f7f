package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.casework.Cases;
import dk.brobygger.domain.casework.JournalEntry;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A student's case and its journal: only the student's current contact persons. */
@Stateless
@Gated
@RolesAllowed(Role.CONTACT_PERSON_NAME)
public class CaseService {

    private static final String RECORD = "Case";

    @Inject
    private Students students;

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private Cases cases;

    /** Opens the student's case; there is at most one open case per student. */
    public long open(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.OPEN_CASE, RECORD, null, studentId), act -> {
            Student student = students.byId(studentId).orElseThrow();
            if (students.openCase(studentId).isPresent()) {
                throw new InvalidInputException(null, "case.alreadyOpen");
            }
            StudentCase opened = new StudentCase(student, act.caller().username(), clock.instant());
            cases.add(opened);
            act.record(opened.getId());
            return opened.getId();
        });
    }

    /** The open case with its journal, if the student has one. */
    public Optional<StudentCase> openCase(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.READ_JOURNAL, RECORD, null, studentId), act -> {
            Optional<StudentCase> open = students.openCase(studentId);
            open.ifPresent(c -> c.getJournal().size());
            act.record(open.map(StudentCase::getId).orElse(null))
                    .detail(open.map(c -> c.getJournal().size() + " entries").orElse("no open case"));
            return open;
        });
    }

    public void addEntry(long studentId, LocalDate date, String text) {
        gate.run(AuditEntry.of(AuditAction.WRITE_JOURNAL, RECORD, null, studentId), act -> {
            StudentCase open = students.openCase(studentId)
                    .orElseThrow(() -> new InvalidInputException(null, "case.noneOpen"));
            if (date == null || date.isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException("entryDate", "journal.date.future");
            }
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("entryText", "journal.text.required");
            }
            JournalEntry entry = open.addEntry(date, text, act.caller().username(), clock.instant());
            cases.addEntry(entry);
            act.record(open.getId());
            return entry;
        });
    }

    public void close(long studentId, String reason) {
        gate.run(AuditEntry.of(AuditAction.CLOSE_CASE, RECORD, null, studentId), act -> {
            StudentCase open = students.openCase(studentId)
                    .orElseThrow(() -> new InvalidInputException(null, "case.noneOpen"));
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("closeReason", "case.closeReason.required");
            }
            open.close(reason, act.caller().username(), clock.instant());
            act.record(open.getId());
            return open;
        });
    }
}
