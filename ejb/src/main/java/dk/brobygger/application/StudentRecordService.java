package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A student's record page: the details and every part the reader may see, in one transaction. Each part passes
 * the gate by itself (its own action and decision); their audit events are written together, and the caller's
 * relationship to the student is read once for all of them.
 */
@Stateless
@Gated
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME,
    Role.STUDENT_NAME})
public class StudentRecordService {

    @Inject
    private Gate gate;

    @EJB
    private StudentService students;

    @EJB
    private CaseService cases;

    @EJB
    private NeedService needs;

    @EJB
    private ConsentService consents;

    @EJB
    private OfferService offers;

    @EJB
    private MentoringReadService mentoring;

    /** One student's record, as much of it as the caller may see now. */
    public StudentRecord record(long studentId) {
        return gate.together(() -> read(students.view(studentId)));
    }

    /** The signed-in student's own record, if the school has linked their user to one. */
    @RolesAllowed(Role.STUDENT_NAME)
    public Optional<StudentRecord> own() {
        return gate.together(() -> students.own().map(this::read));
    }

    private StudentRecord read(StudentDetails details) {
        long id = details.id();
        NeedsView seen = details.mayViewNeeds() ? needs.needs(id) : null;
        return new StudentRecord(details,
                details.mayWorkOnCase() ? cases.openCase(id).orElse(null) : null,
                seen,
                seen != null && seen.everything() ? consents.history(id) : null,
                details.mayViewNeeds() ? offers.offers(id) : null,
                details.mayViewMentoring() ? mentoring.mentoringOf(id) : null);
    }
}
