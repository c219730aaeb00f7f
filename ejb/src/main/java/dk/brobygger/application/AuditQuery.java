package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.LocalDate;

/** What the data protection officer searches the audit trail for; every part may be left empty. */
public record AuditQuery(Long studentId, String username, LocalDate from, LocalDate to, AuditAction action)
        implements Serializable {
}
