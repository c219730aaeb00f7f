package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.Caller;
import dk.brobygger.security.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Audits what the container refused by role before any service was asked (a page of another role's area). */
@Stateless
@PermitAll
public class AccessLog {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** {@code studentId} is the page's id parameter as given, if any: recorded when it is a number. */
    public void pageRefused(String page, String studentId) {
        Caller caller = currentCaller.get();
        Long student = studentId != null && studentId.matches("\\d{1,18}") ? Long.valueOf(studentId) : null;
        audit.refused(caller, AuditAction.OPEN_PAGE, "Page", null, student, "the caller's roles may not open " + page);
    }
}
