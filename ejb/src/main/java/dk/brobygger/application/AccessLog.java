package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Audits what the container refused by role before any service was asked (a page of another role's area). */
@Stateless
@Gated
@PermitAll
public class AccessLog {

    @Inject
    private Gate gate;

    /** {@code studentId} is the page's id parameter as given, if any: recorded when it is a number. */
    public void pageRefused(String page, String studentId) {
        Long student = studentId != null && studentId.matches("\\d{1,18}") ? Long.valueOf(studentId) : null;
        gate.refused(AuditEntry.of(AuditAction.OPEN_PAGE, "Page", null, student),
                "the caller's roles may not open " + page);
    }
}
