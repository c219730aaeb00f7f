package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.placement.PeriodCode;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementPeriods;
import dk.brobygger.domain.placement.PlacementSize;
import dk.brobygger.domain.placement.PlacementType;
import dk.brobygger.domain.placement.Placements;
import dk.brobygger.domain.placement.Speciality;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The education leader manages the placements and their supervisors, and registers students' periods there. */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class PlacementService {

    private static final String RECORD = "PlacementPeriod";
    private static final String PLACEMENT = "Placement";

    @Inject
    private Students students;

    @Inject
    private Gate gate;

    @Inject
    private Placements placements;

    @Inject
    private PlacementPeriods periods;

    @Inject
    private UserProfiles people;

    @Inject
    private Clock clock;

    @Inject
    private TransitionTasks transitionTasks;

    /** Creates a placement; its supervisors are added one by one. */
    public long createPlacement(String name, PlacementType type, PlacementSize size, String area,
                                Set<Speciality> specialities) {
        return gate.run(AuditEntry.of(AuditAction.MANAGE_PLACEMENTS, PLACEMENT, null, null), act -> {
            checkDescription(null, name, area);
            Placement placement = new Placement(name, type, size, area, specialities);
            placements.add(placement);
            act.record(placement.getId()).detail(name);
            return placement.getId();
        });
    }

    /** A placement for the edit form. */
    public Placement placement(long placementId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, PLACEMENT, placementId, null), act -> {
            act.require(AuditAction.MANAGE_PLACEMENTS).detail("for editing");
            return existingPlacement(placementId);
        });
    }

    /** Changes a placement's description; refused with the conflict message if someone saved in between. */
    public void updatePlacement(long placementId, long version, String name, PlacementType type, PlacementSize size,
                                String area, Set<Speciality> specialities) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null), act -> {
            Placement placement = existingPlacement(placementId);
            if (placement.getVersion() != version) {
                throw new ConcurrentChangeException();
            }
            checkDescription(placementId, name, area);
            placement.describe(name, type, size, area, specialities);
            act.detail("changed: " + name);
            return placement;
        });
    }

    private void checkDescription(Long placementId, String name, String area) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "placement.name.required");
        }
        if (placements.named(name).stream().anyMatch(p -> !p.getId().equals(placementId))) {
            throw new InvalidInputException("name", "placement.name.taken");
        }
        if (area == null || area.isBlank()) {
            throw new InvalidInputException("area", "placement.area.required");
        }
    }

    private Placement existingPlacement(long placementId) {
        return placements.byId(placementId)
                .orElseThrow(() -> new InvalidInputException("placement", "period.placement.unknown"));
    }

    /** Adds a training supervisor, a person the school has registered, to a placement. */
    public void addSupervisor(long placementId, String username) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null), act -> {
            Placement placement = existingPlacement(placementId);
            UserProfile supervisor = people.byUsername(username == null ? "" : username.strip())
                    .orElseThrow(() -> new InvalidInputException("supervisor", "person.unknown"));
            placement.addSupervisor(supervisor);
            act.detail("supervisor " + supervisor.getUsername());
            return placement;
        });
    }

    /**
     * Takes a supervisor off a placement, as when they leave it: also off its periods that have not ended, so
     * they see none of its students from now on. Ended periods keep who supervised them.
     */
    public void removeSupervisor(long placementId, long profileId) {
        gate.run(AuditEntry.of(AuditAction.MANAGE_PLACEMENTS, PLACEMENT, placementId, null), act -> {
            Placement placement = existingPlacement(placementId);
            UserProfile supervisor = placement.getSupervisors().stream().filter(s -> s.getId() == profileId)
                    .findFirst().orElseThrow(() -> new InvalidInputException(null, "person.unknown"));
            placement.removeSupervisor(supervisor);
            periods.notEndedAt(placement, LocalDate.now(clock)).forEach(p -> p.removeSupervisor(supervisor));
            act.detail("supervisor removed " + supervisor.getUsername());
            return placement;
        });
    }

    /** The placements to choose from, by name: for a period, by the leader or the school's system. */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
    public List<Placement> placements() {
        return gate.run(AuditEntry.of(AuditAction.LIST, PLACEMENT, null, null), act -> {
            act.require(AuditAction.REGISTER_PERIOD);
            return placements.byName();
        });
    }

    /**
     * Registers a period with all the placement's supervisors following the student (fewer can be chosen
     * afterwards), and the contact person's transition tasks around it. A period that overlaps another of the
     * student's is refused, naming the one it overlaps.
     *
     * @return the new period's id
     */
    public long registerPeriod(long studentId, long placementId, String code, LocalDate start, LocalDate end) {
        return gate.run(AuditEntry.of(AuditAction.REGISTER_PERIOD, RECORD, null, studentId), act -> {
            Student student = students.byId(studentId).orElseThrow();
            Placement placement = existingPlacement(placementId);
            PeriodCode periodCode = checked(studentId, null, code, start, end);
            PlacementPeriod period = new PlacementPeriod(student, placement, periodCode, start, end,
                    placement.getSupervisors());
            periods.add(period);
            int tasks = transitionTasks.periodRegistered(period);
            act.record(period.getId()).detail(periodCode.code() + " " + placement.getName() + ", " + tasks
                    + " transition tasks");
            return period.getId();
        });
    }

    /**
     * Registers a period for the student the school's system knows by their student number (docs/api.md); an
     * unknown number is refused, naming the field.
     */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
    public long registerPeriod(String studentNumber, long placementId, String code, LocalDate start, LocalDate end) {
        Student student = students.byNumber(studentNumber == null ? "" : studentNumber.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("studentNumber", "period.student.unknown"));
        return registerPeriod(student.getId(), placementId, code, start, end);
    }

    /** A period for the edit form, with its placement's supervisors to choose from. */
    public PlacementPeriod periodForEdit(long periodId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, RECORD, periodId, null), period(periodId),
                p -> p.getStudent().getId(), (act, period) -> {
                    act.require(AuditAction.REGISTER_PERIOD).detail("for editing");
                    return period;
                });
    }

    /**
     * Changes a period's code, dates and supervisors; its open transition tasks move with the dates.
     * {@code version} is the one the person started from: if someone saved in between, nothing is saved. The dates
     * are checked against the student's other periods.
     */
    public void updatePeriod(long periodId, long version, String code, LocalDate start, LocalDate end,
                             Set<Long> supervisorIds) {
        gate.run(AuditEntry.of(AuditAction.REGISTER_PERIOD, RECORD, periodId, null), period(periodId),
                p -> p.getStudent().getId(), (act, period) -> {
                    if (period.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    PeriodCode periodCode = checked(period.getStudent().getId(), periodId, code, start, end);
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
                    act.detail("changed: " + periodCode.code() + " " + start + "-" + end + ", supervisors "
                            + chosen.stream().map(UserProfile::getUsername).sorted().toList());
                    return period;
                });
    }

    /**
     * Removes a period registered by mistake, cancelling its open transition tasks. One that has begun is history:
     * its dates are changed instead.
     */
    public void removePeriod(long periodId, long version) {
        gate.run(AuditEntry.of(AuditAction.REGISTER_PERIOD, RECORD, periodId, null), period(periodId),
                p -> p.getStudent().getId(), (act, period) -> {
                    if (period.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    if (period.hasBegunOn(LocalDate.now(clock))) {
                        throw new InvalidInputException(null, "period.remove.begun");
                    }
                    transitionTasks.periodRemoved(period, act.caller().username());
                    periods.remove(period);
                    act.detail("removed: " + period.getPeriodCode() + " " + period.getPlacement().getName() + " "
                            + period.getStartDate() + "-" + period.getEndDate());
                    return period;
                });
    }

    /** The period, if there is one: the gate refuses a missing one like one out of reach. */
    private Optional<PlacementPeriod> period(long periodId) {
        return periods.byId(periodId);
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
