package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.student.Student;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.ConsentPolicy;
import dk.brobygger.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A student's special needs: recorded and changed by their contact person, seen whole by them and the student,
 * and by a supervisor or mentor only as far as a consent in force shares them (checked at every request).
 * Every view is in the audit trail, with what was seen; if that cannot be written, nothing is shown.
 */
@Stateless
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class NeedService {

    static final String RECORD = "Need";

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentsInForce consents;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The student's needs as the caller may see them at this moment. */
    public NeedsView needs(long studentId) {
        Caller caller = guard.caller();
        guard.existingStudent(caller, AuditAction.VIEW_NEEDS, RECORD, studentId);
        guard.require(caller, AuditAction.VIEW_NEEDS, RECORD, null, studentId);
        ConsentPolicy.Shared shared = consents.shared(caller, studentId);
        if (shared.everything()) {
            List<NeedLine> all = em.createQuery("SELECT n FROM Need n WHERE n.student.id = :student"
                            + " ORDER BY n.status, n.category, n.id", Need.class)
                    .setParameter("student", studentId).getResultStream().map(NeedLine::whole).toList();
            audit.allowed(caller, AuditAction.VIEW_NEEDS, RECORD, null, studentId, seen(all));
            return new NeedsView(true, all, List.of());
        }
        List<NeedLine> lines = shared.needs().entrySet().stream()
                .map(e -> NeedLine.shared(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(NeedLine::category)).toList();
        audit.allowed(caller, AuditAction.VIEW_NEEDS, RECORD, null, studentId, seen(lines), shared.placements());
        return new NeedsView(false, lines, shared.through().stream().map(Consent::endsOn).distinct().sorted()
                .toList());
    }

    /** A need with its earlier versions, for the contact person's edit form. */
    public Need forEdit(long needId) {
        Caller caller = guard.caller();
        Need need = existing(caller, needId);
        guard.require(caller, AuditAction.RECORD_NEED, RECORD, needId, need.getStudent().getId());
        audit.allowed(caller, AuditAction.VIEW_NEEDS, RECORD, needId, need.getStudent().getId(),
                NeedLine.whole(need).seen());
        return need;
    }

    public long record(long studentId, NeedContent content) {
        Caller caller = guard.caller();
        Student student = guard.existingStudent(caller, AuditAction.RECORD_NEED, RECORD, studentId);
        guard.require(caller, AuditAction.RECORD_NEED, RECORD, null, studentId);
        Need need = new Need(student, content, caller.username(), clock.instant());
        em.persist(need);
        audit.allowed(caller, AuditAction.RECORD_NEED, RECORD, need.getId(), studentId, "recorded "
                + content.category());
        return need.getId();
    }

    /** Records a new version of a need; refused if someone else saved one since {@code version}. */
    public void revise(long needId, long version, NeedContent content) {
        Caller caller = guard.caller();
        Need need = existing(caller, needId);
        long studentId = need.getStudent().getId();
        guard.require(caller, AuditAction.RECORD_NEED, RECORD, needId, studentId);
        if (need.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        need.revise(content, caller.username(), clock.instant());
        audit.allowed(caller, AuditAction.RECORD_NEED, RECORD, needId, studentId, "revision " + need.getRevision());
    }

    private Need existing(Caller caller, long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null) {
            throw guard.refuse(caller, AuditAction.RECORD_NEED, RECORD, needId, null, "no such need");
        }
        return need;
    }

    /** What was seen, as "who has seen my data" shows it: each need's category and level, or "-" for nothing. */
    private static String seen(List<NeedLine> lines) {
        return lines.isEmpty() ? "-" : lines.stream().map(NeedLine::seen).collect(Collectors.joining(";"));
    }
}
