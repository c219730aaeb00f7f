package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.privacy.DataErasure;
import dk.brobygger.domain.privacy.DataRequests;
import dk.brobygger.domain.privacy.ErasureCategory;
import dk.brobygger.domain.privacy.Erasures;
import dk.brobygger.domain.privacy.RequestKind;
import dk.brobygger.domain.privacy.RequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The data protection officer's erasure (docs/data-protection.md): a student's data erased at once for a decided
 * erasure request, with a reason, and the retention schedule run now rather than at night.
 */
@Stateless
@Gated
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class ErasureService {

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private DataRequests requests;

    @Inject
    private Erasures erasures;

    @Inject
    private RetentionJob job;

    /**
     * Erases everything held about the request's student (the whole record, which leaves the student anonymous)
     * for an open erasure request the officer has decided on; refused while a request to restrict processing is open
     * for the student, and for a student already erased.
     */
    public void eraseForRequest(long requestId, String reason) {
        gate.run(AuditEntry.of(AuditAction.ERASE, RetentionJob.RECORD, null, null), requests.byId(requestId),
                r -> r.getStudent().getId(), (act, request) -> {
                    if (request.getKind() != RequestKind.ERASURE || request.getStatus() != RequestStatus.OPEN) {
                        throw new InvalidInputException(null, "erasure.request.notOpen");
                    }
                    String why = DataRequestService.required(reason, "reason", "erasure.reason.required");
                    long studentId = request.getStudent().getId();
                    if (erasures.restricted(studentId)) {
                        throw new InvalidInputException(null, "erasure.restricted");
                    }
                    if (erasures.of(studentId).stream().anyMatch(e -> e.getCategory() == ErasureCategory.RECORD)) {
                        throw new InvalidInputException(null, "erasure.done");
                    }
                    int rows = erasures.erase(studentId, ErasureCategory.RECORD);
                    DataErasure erasure = new DataErasure(request.getStudent(), ErasureCategory.RECORD, request, why,
                            rows, act.caller().username(), clock.instant());
                    erasures.add(erasure);
                    act.record(erasure.getId()).detail("RECORD for request " + requestId + ", " + rows + " rows");
                    return erasure;
                });
    }

    /** Runs the retention schedule for today now, as the nightly job would. */
    public RetentionJob.Run runSchedule() {
        return gate.run(AuditEntry.of(AuditAction.ERASE, RetentionJob.RECORD, null, null), act -> {
            RetentionJob.Run run = job.run(LocalDate.now(clock));
            act.detail("retention run now: " + run.students() + ", " + run.auditEvents() + " audit events");
            return run;
        });
    }
}
