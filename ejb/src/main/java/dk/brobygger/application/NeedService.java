package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.SeenNeed;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.Needs;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.security.ConsentPolicy;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * A student's special needs: recorded and changed by their contact person, seen whole by them and the student,
 * and by a supervisor or mentor only as far as a consent in force shares them (checked at every request).
 * Every view is in the audit trail, with what was seen; if that cannot be written, nothing is shown.
 */
@Stateless
@Gated
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class NeedService {

    static final String RECORD = "Need";

    @Inject
    private Gate gate;

    @Inject
    private ConsentsInForce consents;

    @Inject
    private Clock clock;

    @Inject
    private Needs needs;

    @Inject
    private Students students;

    /** The student's needs as the caller may see them at this moment. */
    public NeedsView needs(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_NEEDS, RECORD, null, studentId), act -> {
            ConsentPolicy.Shared shared = consents.shared(act.caller(), act.relationship(), studentId);
            if (shared.everything()) {
                List<NeedLine> all = needs.of(studentId).stream().map(NeedLine::whole).toList();
                act.saw(seen(all));
                return new NeedsView(true, all, List.of());
            }
            List<NeedLine> lines = shared.needs().entrySet().stream()
                    .map(e -> NeedLine.shared(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(NeedLine::category)).toList();
            act.saw(seen(lines)).organisation(shared.placements());
            return new NeedsView(false, lines, shared.through().stream().map(Consent::endsOn).distinct().sorted()
                    .toList());
        });
    }

    /** A need with its earlier versions, for the contact person's edit form. */
    public Need forEdit(long needId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_NEEDS, RECORD, needId, null),
                needs.byId(needId), n -> n.getStudent().getId(), (act, need) -> {
                    act.require(AuditAction.RECORD_NEED);
                    act.saw(List.of(NeedLine.whole(need).seen()));
                    return need;
                });
    }

    public long record(long studentId, NeedContent content) {
        return gate.run(AuditEntry.of(AuditAction.RECORD_NEED, RECORD, null, studentId), act -> {
            Student student = students.byId(studentId).orElseThrow();
            Need need = new Need(student, content, act.caller().username(), clock.instant());
            needs.add(need);
            act.record(need.getId()).detail("recorded " + content.category());
            return need.getId();
        });
    }

    /** Records a new version of a need; refused if someone else saved one since {@code version}. */
    public void revise(long needId, long version, NeedContent content) {
        gate.run(AuditEntry.of(AuditAction.RECORD_NEED, RECORD, needId, null),
                needs.byId(needId), n -> n.getStudent().getId(), (act, need) -> {
                    if (need.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    need.revise(content, act.caller().username(), clock.instant());
                    act.detail("revision " + need.getRevision());
                    return need;
                });
    }


    /** What was seen, as "who has seen my data" shows it: each need with its category and level. */
    private static List<SeenNeed> seen(List<NeedLine> lines) {
        return lines.stream().map(NeedLine::seen).toList();
    }
}
