package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.privacy.DataRequest;
import dk.brobygger.domain.privacy.DataRequests;
import dk.brobygger.domain.privacy.Erasures;
import dk.brobygger.domain.privacy.RequestKind;
import dk.brobygger.domain.privacy.RequestStatus;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data protection officer's register of data-subject requests (docs/data-protection.md): each request with its
 * student, kind, the day it came in and its deadline one month later, and how it was handled. Every read and write
 * of the register is audited.
 */
@Stateless
@Gated
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class DataRequestService {

    static final String RECORD = "DataRequest";
    /** Open requests whose deadline is this close show on the data protection officer's start page. */
    public static final int DUE_SOON_DAYS = 7;
    private static final int TEXT_MAX = 2000;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** What a correction of a student's records is made with, on their pages. */
    private static final Set<AuditAction> CORRECTIONS = EnumSet.of(AuditAction.EDIT, AuditAction.CHANGE_STATUS,
            AuditAction.RECORD_NEED, AuditAction.ASSIGN, AuditAction.END_ASSIGNMENT, AuditAction.REGISTER_PERIOD,
            AuditAction.WITHDRAW_CONSENT, AuditAction.MANAGE_OFFER, AuditAction.WRITE_PLAN);

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private DataRequests requests;

    @Inject
    private Students students;

    @Inject
    private Erasures erasures;

    @Inject
    private AuditEvents events;

    /** Registers a request received on a day, for the student with this number; returns its id. */
    public long register(String studentNumber, RequestKind kind, LocalDate receivedOn, String note) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_REQUESTS, RECORD, null, null), act -> {
            if (studentNumber == null || studentNumber.isBlank()) {
                throw new InvalidInputException("student", "request.student.required");
            }
            Student student = students.byNumber(studentNumber)
                    .orElseThrow(() -> new InvalidInputException("student", "request.student.unknown"));
            if (kind == null) {
                throw new InvalidInputException("kind", "request.kind.required");
            }
            if (receivedOn == null) {
                throw new InvalidInputException("received", "request.received.required");
            }
            if (receivedOn.isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException("received", "request.received.future");
            }
            DataRequest request = new DataRequest(student, kind, receivedOn, text(note, "note"),
                    act.caller().username(), clock.instant());
            requests.add(request);
            act.about(student.getId()).record(request.getId()).detail("registered " + kind);
            return request.getId();
        });
    }

    /** The register, one page: the open requests by deadline first. */
    public Page<RequestLine> page(int first, int size) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_REQUESTS, RECORD, null, null), act -> {
            Page<DataRequest> page = requests.page(Page.first(first), Page.rows(size));
            act.shown(page.rows().stream().map(r -> r.getStudent().getId()).distinct().toList());
            return new Page<>(lines(page.rows()), page.total());
        });
    }

    /** The open requests whose deadline is within {@link #DUE_SOON_DAYS} days or has passed, earliest first. */
    public List<RequestLine> dueSoon() {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_REQUESTS, RECORD, null, null), act -> {
            List<DataRequest> due = requests.openDueBy(LocalDate.now(clock).plusDays(DUE_SOON_DAYS));
            act.shown(due.stream().map(r -> r.getStudent().getId()).distinct().toList());
            return lines(due);
        });
    }

    /** One request with what was done for it. */
    public RequestDetails request(long id) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_REQUESTS, RECORD, id, null), requests.byId(id),
                r -> r.getStudent().getId(), (act, request) -> new RequestDetails(line(request, LocalDate.now(clock)),
                        request.getNote(), request.getRegisteredBy(), request.getRegisteredAt(),
                        request.getHandledBy(), request.getVersion(), requests.copiesFor(request).stream()
                        .map(c -> new RequestDetails.Copy(c.getProducedAt(), c.getProducedBy(), c.getReason(),
                                c.getSha256())).toList(), erasures.forRequest(request).stream()
                        .map(e -> new RequestDetails.Erasure(e.getCategory(), e.getErasedAt(), e.getErasedBy(),
                                e.getReason(), e.getRowsErased())).toList(), changes(request).stream()
                        .map(e -> new RequestDetails.Change(e.getOccurredAt(), e.getActorUsername(), e.getAction()))
                        .toList()));
    }

    /** For a correction request, the changes to the student's records since the day it came in (none otherwise). */
    private List<AuditEvent> changes(DataRequest request) {
        return request.getKind() != RequestKind.CORRECTION ? List.of() : events.changesAbout(
                request.getStudent().getId(), request.getReceivedOn().atStartOfDay(DANISH_TIME).toInstant(),
                CORRECTIONS);
    }

    /**
     * Closes a request as done or refused, with what was done or why not. {@code version} is the request's version
     * the officer started from.
     */
    public void close(long id, long version, RequestStatus result, String outcome) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_REQUESTS, RECORD, id, null), requests.byId(id),
                r -> r.getStudent().getId(), (act, request) -> {
                    if (request.getStatus() != RequestStatus.OPEN) {
                        throw new InvalidInputException(null, "request.closed");
                    }
                    if (request.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    if (result == null || result == RequestStatus.OPEN) {
                        throw new InvalidInputException("result", "request.result.required");
                    }
                    String what = required(outcome, "outcome", "request.outcome.required");
                    // an access request is done when the student has their copy, an erasure request when it is carried out
                    if (result == RequestStatus.DONE && request.getKind() == RequestKind.ACCESS
                            && requests.copiesFor(request).isEmpty()) {
                        throw new InvalidInputException(null, "request.access.noCopy");
                    }
                    if (result == RequestStatus.DONE && request.getKind() == RequestKind.ERASURE
                            && erasures.forRequest(request).isEmpty()) {
                        throw new InvalidInputException(null, "request.erasure.notDone");
                    }
                    if (result == RequestStatus.DONE && request.getKind() == RequestKind.CORRECTION
                            && changes(request).isEmpty()) {
                        throw new InvalidInputException(null, "request.correction.notDone");
                    }
                    request.close(result, what, act.caller().username(), clock.instant());
                    act.detail("closed " + result);
                    return request;
                });
    }

    private List<RequestLine> lines(List<DataRequest> rows) {
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> line(r, today)).toList();
    }

    private static RequestLine line(DataRequest r, LocalDate today) {
        Student s = r.getStudent();
        return new RequestLine(r.getId(), s.getId(), s.getFullName(), s.getStudentNumber(), r.getKind(),
                r.getReceivedOn(), r.getDeadline(), r.getStatus(), r.isOverdueOn(today), r.getOutcome(),
                r.getHandledAt());
    }

    /** A text the officer must write (a reason, an outcome): stripped, refused when empty or too long. */
    static String required(String value, String field, String missingKey) {
        String text = text(value, field);
        if (text == null) {
            throw new InvalidInputException(field, missingKey);
        }
        return text;
    }

    /** A text field: stripped, null when empty, refused when too long. */
    private static String text(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new InvalidInputException(field, "request." + field + ".tooLong", TEXT_MAX);
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
