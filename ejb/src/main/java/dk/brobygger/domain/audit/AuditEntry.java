package dk.brobygger.domain.audit;

import dk.brobygger.domain.access.StudentView;
import dk.brobygger.domain.report.ReportFilter;
import java.util.List;
import java.util.Objects;

/**
 * What one audit event says besides who and when: the action, the record and its student, and as data what the
 * reader saw (the part of the student's record, the needs with their level, the students a list showed, the filters
 * a report was made with). {@code detail} is a note for the data protection officer, shown as written and never
 * read back by the application.
 */
public record AuditEntry(AuditAction action, String recordType, Long recordId, Long studentId, StudentView view,
                         List<SeenNeed> seen, List<Long> listed, ReportFilter report, String detail,
                         String organisation) {

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(recordType);
        seen = List.copyOf(seen);
        listed = List.copyOf(listed);
    }

    public static AuditEntry of(AuditAction action, String recordType, Long recordId, Long studentId) {
        return new AuditEntry(action, recordType, recordId, studentId, null, List.of(), List.of(), null, null, null);
    }

    public AuditEntry withAction(AuditAction other) {
        return new AuditEntry(other, recordType, recordId, studentId, view, seen, listed, report, detail, organisation);
    }

    public AuditEntry withRecord(Long id) {
        return new AuditEntry(action, recordType, id, studentId, view, seen, listed, report, detail, organisation);
    }

    public AuditEntry withStudent(Long id) {
        return new AuditEntry(action, recordType, recordId, id, view, seen, listed, report, detail, organisation);
    }

    public AuditEntry withView(StudentView seenView) {
        return new AuditEntry(action, recordType, recordId, studentId, seenView,
                seen, listed, report, detail, organisation);
    }

    public AuditEntry withSeen(List<SeenNeed> needs) {
        return new AuditEntry(action, recordType, recordId, studentId, view,
                needs, listed, report, detail, organisation);
    }

    /** A list: the students it showed, in order. */
    public AuditEntry withListed(List<Long> students) {
        return new AuditEntry(action, recordType, recordId, studentId, view,
                seen, students, report, detail, organisation);
    }

    /** A report: the filters it was made with, its years filled in. */
    public AuditEntry withReport(ReportFilter filter) {
        return new AuditEntry(action, recordType, recordId, studentId, view,
                seen, listed, filter, detail, organisation);
    }

    public AuditEntry withDetail(String note) {
        return new AuditEntry(action, recordType, recordId, studentId, view, seen, listed, report, note, organisation);
    }

    public AuditEntry withOrganisation(String where) {
        return new AuditEntry(action, recordType, recordId, studentId, view, seen, listed, report, detail, where);
    }
}
