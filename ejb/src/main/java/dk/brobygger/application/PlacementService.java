package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.placement.PeriodCode;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Speciality;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.infrastructure.audit.AuditTrail;
import dk.brobygger.security.AccessGuard;
import dk.brobygger.security.Caller;
import dk.brobygger.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The education leader manages the placements and their supervisors, and registers students' periods there. */
@Stateless
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class PlacementService {

    private static final String RECORD = "PlacementPeriod";
    private static final String PLACEMENT = "Placement";

    @Inject
    private Students students;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserProfiles people;

    /** Creates a placement; its supervisors are added one by one. */
    public long createPlacement(String name, PlacementType type, PlacementSize size, String area,
                                Set<Speciality> specialities) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, null, null);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "placement.name.required");
        }
        if (!em.createQuery("SELECT p FROM Placement p WHERE LOWER(p.name) = :name", Placement.class)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
            throw new InvalidInputException("name", "placement.name.taken");
        }
        if (area == null || area.isBlank()) {
            throw new InvalidInputException("area", "placement.area.required");
        }
        Placement placement = new Placement(name, type, size, area, specialities);
        em.persist(placement);
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placement.getId(), null, name);
        return placement.getId();
    }

    /** Adds a training supervisor, a person the school has registered, to a placement. */
    public void addSupervisor(long placementId, String username) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null);
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new InvalidInputException("placement", "period.placement.unknown");
        }
        UserProfile supervisor = people.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException("supervisor", "person.unknown"));
        placement.addSupervisor(supervisor);
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null,
                "supervisor " + supervisor.getUsername());
    }

    /** The placements to choose from, by name. */
    public List<Placement> placements() {
        return em.createQuery("SELECT p FROM Placement p ORDER BY p.name", Placement.class).getResultList();
    }

    /**
     * Registers a period with all the placement's supervisors following the student. A period that overlaps
     * another of the student's is refused, naming the one it overlaps.
     *
     * @return the new period's id
     */
    public long registerPeriod(long studentId, long placementId, String code, LocalDate start, LocalDate end) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.REGISTER_PERIOD, RECORD, null, studentId);
        Student student = guard.existingStudent(caller, AuditAction.REGISTER_PERIOD, RECORD, studentId);
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new InvalidInputException("placement", "period.placement.unknown");
        }
        PeriodCode periodCode;
        try {
            periodCode = new PeriodCode(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("code", "period.code.invalid");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new InvalidInputException("end", "period.end.beforeStart");
        }
        for (PlacementPeriod other : students.periods(studentId)) {
            if (other.overlaps(start, end)) {
                throw new InvalidInputException("start", "period.overlap", other.getPeriodCode(),
                        other.getPlacement().getName(), other.getStartDate(), other.getEndDate());
            }
        }
        PlacementPeriod period = new PlacementPeriod(student, placement, periodCode, start, end,
                placement.getSupervisors());
        em.persist(period);
        audit.allowed(caller, AuditAction.REGISTER_PERIOD, RECORD, period.getId(), studentId,
                periodCode.code() + " " + placement.getName());
        return period.getId();
    }
}
