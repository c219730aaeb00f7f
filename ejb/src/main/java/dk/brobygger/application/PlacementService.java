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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    private Clock clock;

    @Inject
    private TransitionTasks transitionTasks;

    /** Creates a placement; its supervisors are added one by one. */
    public long createPlacement(String name, PlacementType type, PlacementSize size, String area,
                                Set<Speciality> specialities) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, null, null);
        checkDescription(null, name, area);
        Placement placement = new Placement(name, type, size, area, specialities);
        em.persist(placement);
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placement.getId(), null, name);
        return placement.getId();
    }

    /** A placement for the edit form. */
    public Placement placement(long placementId) {
        guard.require(guard.caller(), AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null);
        return existingPlacement(placementId);
    }

    /** Changes a placement's description; refused with the conflict message if someone saved in between. */
    public void updatePlacement(long placementId, long version, String name, PlacementType type, PlacementSize size,
                                String area, Set<Speciality> specialities) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null);
        Placement placement = existingPlacement(placementId);
        if (placement.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        checkDescription(placementId, name, area);
        placement.describe(name, type, size, area, specialities);
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null, "changed: " + name);
    }

    private void checkDescription(Long placementId, String name, String area) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "placement.name.required");
        }
        if (em.createQuery("SELECT p FROM Placement p WHERE LOWER(p.name) = :name", Placement.class)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .anyMatch(p -> !p.getId().equals(placementId))) {
            throw new InvalidInputException("name", "placement.name.taken");
        }
        if (area == null || area.isBlank()) {
            throw new InvalidInputException("area", "placement.area.required");
        }
    }

    private Placement existingPlacement(long placementId) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new InvalidInputException("placement", "period.placement.unknown");
        }
        return placement;
    }

    /** Adds a training supervisor, a person the school has registered, to a placement. */
    public void addSupervisor(long placementId, String username) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null);
        Placement placement = existingPlacement(placementId);
        UserProfile supervisor = people.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException("supervisor", "person.unknown"));
        placement.addSupervisor(supervisor);
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null,
                "supervisor " + supervisor.getUsername());
    }

    /**
     * Takes a supervisor off a placement, as when they leave it: also off its periods that have not ended, so
     * they see none of its students from now on. Ended periods keep who supervised them.
     */
    public void removeSupervisor(long placementId, long profileId) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null);
        Placement placement = existingPlacement(placementId);
        UserProfile supervisor = placement.getSupervisors().stream().filter(s -> s.getId() == profileId)
                .findFirst().orElseThrow(() -> new InvalidInputException(null, "person.unknown"));
        placement.removeSupervisor(supervisor);
        em.createQuery("SELECT p FROM PlacementPeriod p WHERE p.placement = :placement AND p.endDate >= :today",
                        PlacementPeriod.class)
                .setParameter("placement", placement).setParameter("today", LocalDate.now(clock))
                .getResultList().forEach(p -> p.removeSupervisor(supervisor));
        audit.allowed(caller, AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null,
                "supervisor removed " + supervisor.getUsername());
    }

    /** The placements to choose from, by name. */
    public List<Placement> placements() {
        return em.createQuery("SELECT p FROM Placement p ORDER BY p.name", Placement.class).getResultList();
    }

    /**
     * Registers a period with all the placement's supervisors following the student (fewer can be chosen
     * afterwards), and the contact person's transition tasks around it. A period that overlaps another of the
     * student's is refused, naming the one it overlaps.
     *
     * @return the new period's id
     */
    public long registerPeriod(long studentId, long placementId, String code, LocalDate start, LocalDate end) {
        Caller caller = guard.caller();
        guard.require(caller, AuditAction.REGISTER_PERIOD, RECORD, null, studentId);
        Student student = guard.existingStudent(caller, AuditAction.REGISTER_PERIOD, RECORD, studentId);
        Placement placement = existingPlacement(placementId);
        PeriodCode periodCode = checked(studentId, null, code, start, end);
        PlacementPeriod period = new PlacementPeriod(student, placement, periodCode, start, end,
                placement.getSupervisors());
        em.persist(period);
        int tasks = transitionTasks.periodRegistered(period);
        audit.allowed(caller, AuditAction.REGISTER_PERIOD, RECORD, period.getId(), studentId,
                periodCode.code() + " " + placement.getName() + ", " + tasks + " transition tasks");
        return period.getId();
    }

    /** A period for the edit form, with its placement's supervisors to choose from. */
    public PlacementPeriod periodForEdit(long periodId) {
        Caller caller = guard.caller();
        PlacementPeriod period = existingPeriod(caller, periodId);
        guard.require(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, period.getStudent().getId());
        audit.allowed(caller, AuditAction.VIEW, RECORD, periodId, period.getStudent().getId(), "for editing");
        return period;
    }

    /**
     * Changes a period's code, dates and supervisors; its open transition tasks move with the dates.
     * {@code version} is the one the person started from: if someone saved in between, nothing is saved. The dates
     * are checked against the student's other periods.
     */
    public void updatePeriod(long periodId, long version, String code, LocalDate start, LocalDate end,
                             Set<Long> supervisorIds) {
        Caller caller = guard.caller();
        PlacementPeriod period = existingPeriod(caller, periodId);
        long studentId = period.getStudent().getId();
        guard.require(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, studentId);
        if (period.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        PeriodCode periodCode = checked(studentId, periodId, code, start, end);
        Set<UserProfile> chosen = period.getPlacement().getSupervisors().stream()
                .filter(s -> supervisorIds.contains(s.getId())).collect(Collectors.toSet());
        if (chosen.size() != supervisorIds.size()) {
            throw new InvalidInputException("supervisors", "period.supervisors.unknown");
        }
        if (chosen.isEmpty() && !period.getPlacement().getSupervisors().isEmpty()) {
            throw new InvalidInputException("supervisors", "period.supervisors.required");
        }
        period.recode(periodCode);
        period.reschedule(start, end);
        period.changeSupervisors(chosen);
        transitionTasks.periodMoved(period);
        audit.allowed(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, studentId, "changed: " + periodCode.code()
                + " " + start + "-" + end + ", supervisors " + chosen.stream().map(UserProfile::getUsername).sorted()
                .toList());
    }

    /**
     * Removes a period registered by mistake, cancelling its open transition tasks. One that has begun is history:
     * its dates are changed instead.
     */
    public void removePeriod(long periodId, long version) {
        Caller caller = guard.caller();
        PlacementPeriod period = existingPeriod(caller, periodId);
        long studentId = period.getStudent().getId();
        guard.require(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, studentId);
        if (period.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (period.hasBegunOn(LocalDate.now(clock))) {
            throw new InvalidInputException(null, "period.remove.begun");
        }
        transitionTasks.periodRemoved(period, caller.username());
        em.remove(period);
        audit.allowed(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, studentId, "removed: "
                + period.getPeriodCode() + " " + period.getPlacement().getName() + " " + period.getStartDate() + "-"
                + period.getEndDate());
    }

    private PlacementPeriod existingPeriod(Caller caller, long periodId) {
        PlacementPeriod period = em.find(PlacementPeriod.class, periodId);
        if (period == null) {
            throw guard.refuse(caller, AuditAction.REGISTER_PERIOD, RECORD, periodId, null, "no such period");
        }
        return period;
    }

    /** The period code, when the code reads and the dates are in order and free among the student's periods. */
    private PeriodCode checked(long studentId, Long exceptPeriodId, String code, LocalDate start, LocalDate end) {
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
            if (!other.getId().equals(exceptPeriodId) && other.overlaps(start, end)) {
                throw new InvalidInputException("start", "period.overlap", other.getPeriodCode(),
                        other.getPlacement().getName(), other.getStartDate(), other.getEndDate());
            }
        }
        return periodCode;
    }
}
