package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.placement.PlacementPeriods;
import dk.brobygger.domain.plan.Absence;
import dk.brobygger.domain.plan.AbsenceReason;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.Conversation;
import dk.brobygger.domain.plan.PeriodStatement;
import dk.brobygger.domain.plan.PlanGoal;
import dk.brobygger.domain.plan.PlanShare;
import dk.brobygger.domain.plan.PlanState;
import dk.brobygger.domain.plan.PlanTask;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import dk.brobygger.domain.plan.TrainingPlans;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.security.AccessPolicy;
import dk.brobygger.security.Decision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training plan of a placement period (docs/training-plan.md), shared by the student, their contact person and
 * the period's supervisors: each reads it whole and writes their own part. A supervisor reaches only the plans of
 * the periods they supervise, not every period of a student they supervise once.
 */
@Stateless
@Gated
@RolesAllowed({Role.STUDENT_NAME, Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME})
public class TrainingPlanService {

    static final String RECORD = "TrainingPlan";
    static final String ASSESSMENT = "PlanAssessment";
    static final String STATEMENT = "PeriodStatement";
    static final String ABSENCE = "PeriodAbsence";
    static final String SHARE = "PlanShare";

    @Inject
    private Gate gate;

    @Inject
    private PlacementPeriods periods;

    @Inject
    private TrainingPlans plans;

    @Inject
    private Assignments assignments;

    @Inject
    private Clock clock;

    /** The period's plan with its assessments, and the part the caller writes. */
    public PlanPage plan(long periodId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_PLAN, RECORD, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    PlanWriter writer = writer(act, period);
                    Optional<TrainingPlan> plan = plans.ofPeriod(periodId);
                    List<Assessment> assessments = plan.map(plans::assessments).orElse(List.of());
                    List<PlanPage.Goal> goals = plan.map(this::goals).orElseGet(() -> {
                        int number = TrainingPlan.periodNumber(period);
                        return plans.catalogue(period.getStudent().getProgramme()).stream()
                                .flatMap(g -> g.in(number).map(p -> new PlanPage.Goal(g, p.getLevel())).stream())
                                .toList();
                    });
                    Optional<PeriodStatement> statement = plans.statement(periodId);
                    // the plan is what the student shares with a mentor: not the absence
                    List<Absence> absence = writer == PlanWriter.MENTOR ? List.of() : plans.absence(periodId);
                    act.record(plan.map(TrainingPlan::getId).orElse(null)).detail(assessments.size()
                            + " assessments, " + absence.size() + " absences" + (statement.isPresent()
                            ? ", statement" : ""));
                    return new PlanPage(period, plan.orElse(null), goals, assessments, statement.orElse(null),
                            absence, state(period, plan.orElse(null), assessments, statement.orElse(null), today()),
                            writer, writer == PlanWriter.STUDENT && !plans.activeShares(periodId).isEmpty());
                });
    }

    /**
     * Writes the caller's part of the plan, creating it at the first write: the student's own goals, or the
     * school's part and the dates, or the dates. {@code version} is the plan's version the writer started from
     * (any for a plan not yet written): if someone saved in between, nothing is saved.
     */
    public void writePlan(long periodId, long version, PlanInput input) {
        gate.run(AuditEntry.of(AuditAction.WRITE_PLAN, RECORD, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    PlanWriter writer = writer(act, period);
                    if (!writer.writes()) {
                        throw act.refuse("a mentor or a supervisor taken off the period reads the plan only");
                    }
                    open(periodId);
                    String by = act.caller().username();
                    Optional<TrainingPlan> existing = plans.ofPeriod(periodId);
                    if (existing.isPresent() && existing.get().getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    TrainingPlan plan = existing.orElseGet(() -> new TrainingPlan(period,
                            plans.catalogue(period.getStudent().getProgramme()), by, clock.instant()));
                    if (writer == PlanWriter.STUDENT) {
                        plan.writeStudentGoals(input.studentGoals(), by, clock.instant());
                    } else {
                        checkDates(period, input.midterm(), input.last());
                        plan.schedule(input.midterm(), input.last(), by, clock.instant());
                        if (writer == PlanWriter.CONTACT_PERSON) {
                            plan.writeSchoolPart(input.schoolPart(), by, clock.instant());
                        }
                    }
                    if (existing.isEmpty()) {
                        plans.add(plan);
                    }
                    act.record(plan.getId()).detail(writer.name());
                    return plan;
                });
    }

    /**
     * Writes the caller's side of a conversation's assessment, and their confirmation that it took place: the
     * supervisor's marks, comments and summary on a day within the period, or the student's own view. A
     * completed assessment is not written again: it is corrected ({@link #correct}). {@code version} is the
     * assessment's version the writer started from (any for one not yet begun).
     */
    public void assess(long periodId, Conversation kind, long version, AssessmentInput input) {
        gate.run(AuditEntry.of(AuditAction.ASSESS, ASSESSMENT, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    PlanWriter writer = writer(act, period);
                    open(periodId);
                    TrainingPlan plan = plans.ofPeriod(periodId)
                            .filter(TrainingPlan::isAgreed)
                            .orElseThrow(() -> new InvalidInputException(null, "assessment.planNotAgreed"));
                    Optional<Assessment> latest = latest(plan, kind);
                    if (latest.isPresent() && latest.get().isCompleted()) {
                        throw new InvalidInputException(null, "assessment.completed");
                    }
                    if (latest.isPresent() && latest.get().getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    Assessment assessment = latest.orElseGet(() -> Assessment.first(plan, kind,
                            act.caller().username(), clock.instant()));
                    if (writer == PlanWriter.SUPERVISOR) {
                        bySupervisor(act.caller(), period, assessment, input);
                    } else if (writer == PlanWriter.STUDENT) {
                        byStudent(assessment, input);
                    } else {
                        throw act.refuse("the period's supervisor and the student write the assessments; others"
                                + " read them");
                    }
                    if (latest.isEmpty()) {
                        plans.add(assessment);
                    }
                    act.record(assessment.getId()).detail(kind + " revision " + assessment.getRevision()
                            + (input.confirm() ? ", confirmed" : ""));
                    return assessment;
                });
    }

    /** Begins a correction of a completed assessment: its next revision, which the supervisor writes anew. */
    public void correct(long periodId, Conversation kind) {
        gate.run(AuditEntry.of(AuditAction.ASSESS, ASSESSMENT, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    supervisor(act, period);
                    open(periodId);
                    Assessment completed = plans.ofPeriod(periodId).flatMap(plan -> latest(plan, kind))
                            .filter(Assessment::isCompleted)
                            .orElseThrow(() -> new InvalidInputException(null, "assessment.notCompleted"));
                    Assessment correction = completed.correction(act.caller().username(), clock.instant());
                    plans.add(correction);
                    act.record(correction.getId()).detail(kind + " revision " + correction.getRevision()
                            + ", correcting revision " + completed.getRevision());
                    return correction;
                });
    }

    /**
     * The student shares the period's plan with their current mentor, to read, or stops sharing it; asked anew at
     * every request of the mentor.
     */
    public void sharePlan(long periodId, boolean share) {
        gate.run(AuditEntry.of(AuditAction.SHARE_PLAN, SHARE, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    List<PlanShare> active = plans.activeShares(periodId);
                    if (share) {
                        List<Assignment> mentors = assignments.currentMentorsOf(period.getStudent().getId(), today());
                        if (mentors.isEmpty()) {
                            throw new InvalidInputException(null, "plan.share.noMentor");
                        }
                        mentors.stream().filter(m -> active.stream().noneMatch(s -> s.isWith(m)))
                                .forEach(m -> plans.add(new PlanShare(period, m, clock.instant())));
                    } else {
                        active.forEach(s -> s.withdraw(clock.instant()));
                    }
                    act.detail(share ? "shared with the mentor" : "sharing stopped");
                    return share;
                });
    }

    /**
     * Issues the period's statement (erklæring om oplæring), once, from the day the period begins: approved, or not
     * with a reason. It closes the period's plan and assessments.
     */
    public void issueStatement(long periodId, Boolean approved, String reason) {
        gate.run(AuditEntry.of(AuditAction.ISSUE_STATEMENT, STATEMENT, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    supervisor(act, period);
                    if (today().isBefore(period.getStartDate())) {
                        throw new InvalidInputException(null, "statement.notBegun", period.getStartDate());
                    }
                    if (plans.statement(periodId).isPresent()) {
                        throw new InvalidInputException(null, "statement.exists");
                    }
                    if (approved == null) {
                        throw new InvalidInputException("approved", "statement.approved.required");
                    }
                    if (!approved && (reason == null || reason.isBlank())) {
                        throw new InvalidInputException("reason", "statement.reason.required");
                    }
                    PeriodStatement statement = new PeriodStatement(period, approved, reason,
                            act.caller().username(), clock.instant());
                    plans.add(statement);
                    act.record(statement.getId()).detail(approved ? "approved" : "not approved");
                    return statement;
                });
    }

    /**
     * Records absence in the period: from a day within it, not after today, for a number of days the period can
     * hold with what is already recorded, and its reason only.
     */
    public void recordAbsence(long periodId, LocalDate firstDay, Integer days, AbsenceReason reason) {
        gate.run(AuditEntry.of(AuditAction.RECORD_ABSENCE, ABSENCE, null, null), periods.byId(periodId),
                period -> period.getStudent().getId(), (act, period) -> {
                    supervisor(act, period);
                    if (firstDay == null || !period.covers(firstDay)) {
                        throw new InvalidInputException("firstDay", "absence.firstDay.outsidePeriod",
                                period.getStartDate(), period.getEndDate());
                    }
                    if (firstDay.isAfter(today())) {
                        throw new InvalidInputException("firstDay", "absence.firstDay.future");
                    }
                    if (days == null || days < 1) {
                        throw new InvalidInputException("days", "absence.days.invalid");
                    }
                    long recorded = plans.absence(periodId).stream().mapToLong(Absence::getDays).sum();
                    if (recorded + days > Absence.daysOf(period)) {
                        throw new InvalidInputException("days", "absence.days.tooMany", Absence.daysOf(period),
                                recorded);
                    }
                    if (reason == null) {
                        throw new InvalidInputException("reason", "absence.reason.required");
                    }
                    Absence absence = new Absence(period, firstDay, days, reason, act.caller().username(),
                            clock.instant());
                    plans.add(absence);
                    act.record(absence.getId()).detail(days + " days, " + reason);
                    return absence;
                });
    }

    /**
     * The supervisor's list: the periods they supervise that have not ended or lack their statement, where each
     * plan stands, and the supervisor's tasks for each; then the periods they were taken off, which they read only,
     * until the statement closes them.
     */
    @RolesAllowed(Role.TRAINING_SUPERVISOR_NAME)
    public List<PlanLine> supervised() {
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            Decision allowed = AccessPolicy.decideList(StudentScope.SUPERVISED, act.caller());
            if (!allowed.allowed()) {
                throw act.refuse(allowed.reason());
            }
            LocalDate today = today();
            List<PlacementPeriod> mine = periods.supervisedBy(act.caller().profileId(), today);
            List<PlacementPeriod> off = periods.takenOff(act.caller().profileId());
            List<PlacementPeriod> all = new ArrayList<>(mine);
            all.addAll(off);
            Map<Long, TrainingPlan> byPeriod = plans.ofPeriods(all).stream()
                    .collect(Collectors.toMap(p -> p.getPeriod().getId(), Function.identity()));
            List<Assessment> latest = plans.latestAssessments(List.copyOf(byPeriod.values()));
            Map<Long, PeriodStatement> statements = plans.statements(mine).stream()
                    .collect(Collectors.toMap(t -> t.getPeriod().getId(), Function.identity()));
            act.shown(all.stream().map(p -> p.getStudent().getId()).distinct().toList());
            return all.stream().map(p -> {
                TrainingPlan plan = byPeriod.get(p.getId());
                List<Assessment> own = latest.stream().filter(a -> a.getPlan() == plan).toList();
                PeriodStatement statement = statements.get(p.getId());
                boolean reads = off.contains(p);
                return new PlanLine(p.getId(), p.getStudent().getId(), p.getStudent().getFullName(),
                        p.getPlacement().getName(), p.getPeriodCode(), p.getStartDate(), p.getEndDate(),
                        state(p, plan, own, statement, today), reads ? List.of() : PlanTask.of(p, plan,
                        first(own, Conversation.MIDTERM), first(own, Conversation.FINAL), statement, today), reads);
            }).toList();
        });
    }

    /** Requires the caller to be a supervisor of this period: the statement and absence are theirs. */
    private void supervisor(Scope act, PlacementPeriod period) {
        if (writer(act, period) != PlanWriter.SUPERVISOR) {
            throw act.refuse("only the period's supervisor does this");
        }
    }

    /** Refuses a write once the period's statement has closed its plan. */
    private void open(long periodId) {
        if (plans.statement(periodId).isPresent()) {
            throw new InvalidInputException(null, "plan.closed");
        }
    }

    /**
     * The part of the plan the caller writes; refused for a supervisor of another of the student's periods, and
     * for a mentor the student has not shared it with (asked at every request).
     */
    private PlanWriter writer(Scope act, PlacementPeriod period) {
        return writerOf(act.caller(), act.relationship(), period).or(() -> reader(act, period))
                .orElseThrow(() -> act.refuse("not a supervisor of this period, nor one taken off it, nor a mentor it"
                        + " is shared with"));
    }

    /**
     * The reader of this period's plan who writes none of it: a supervisor taken off the period, or a mentor the
     * student shares it with now.
     */
    private Optional<PlanWriter> reader(Scope act, PlacementPeriod period) {
        Long me = act.caller().profileId();
        if (act.caller().has(Role.TRAINING_SUPERVISOR) && act.relationship().takenOff()
                && periods.formerSupervisor(period.getId(), me)) {
            return Optional.of(PlanWriter.FORMER_SUPERVISOR);
        }
        return act.caller().has(Role.MENTOR) && act.relationship().mentor()
                && plans.sharedWithMentor(period.getId(), me, today()) ? Optional.of(PlanWriter.MENTOR) : Optional.empty();
    }

    /**
     * The part of the period's plan a caller writes, from their relationship to the student now: the student,
     * their contact person, or a supervisor of this very period, also once it has ended (until its statement closes
     * the plan); none for anyone else.
     */
    static Optional<PlanWriter> writerOf(Caller caller, Relationship relationship, PlacementPeriod period) {
        if (caller.has(Role.STUDENT) && relationship.self()) {
            return Optional.of(PlanWriter.STUDENT);
        }
        if (caller.has(Role.CONTACT_PERSON) && relationship.contactPerson()) {
            return Optional.of(PlanWriter.CONTACT_PERSON);
        }
        if (caller.has(Role.TRAINING_SUPERVISOR) && (relationship.supervisor() || relationship.supervisedBefore())
                && period.getSupervisors().stream().anyMatch(s -> s.getId().equals(caller.profileId()))) {
            return Optional.of(PlanWriter.SUPERVISOR);
        }
        return Optional.empty();
    }

    private void bySupervisor(Caller caller, PlacementPeriod period, Assessment assessment, AssessmentInput input) {
        if (input.heldOn() == null) {
            throw new InvalidInputException("heldOn", "assessment.heldOn.required");
        }
        if (!period.covers(input.heldOn())) {
            throw new InvalidInputException("heldOn", "assessment.heldOn.outsidePeriod", period.getStartDate(),
                    period.getEndDate());
        }
        if (input.heldOn().isAfter(today())) {
            throw new InvalidInputException("heldOn", "assessment.heldOn.future");
        }
        assessment.writeBySupervisor(input.heldOn(), input.onLevel(), input.comments(), input.summary());
        if (input.confirm()) {
            if (!assessment.isMarked()) {
                throw new InvalidInputException(null, "assessment.unmarked");
            }
            assessment.confirmBySupervisor(caller.username(), clock.instant());
        }
    }

    private void byStudent(Assessment assessment, AssessmentInput input) {
        assessment.writeByStudent(input.onLevel(), input.summary());
        if (input.confirm()) {
            if (assessment.getHeldOn() == null) {
                throw new InvalidInputException(null, "assessment.notHeld");
            }
            assessment.confirmByStudent(clock.instant());
        }
    }

    private static void checkDates(PlacementPeriod period, LocalDate midterm, LocalDate last) {
        if (midterm != null && !period.covers(midterm)) {
            throw new InvalidInputException("midterm", "plan.date.outsidePeriod", period.getStartDate(),
                    period.getEndDate());
        }
        if (last != null && !period.covers(last)) {
            throw new InvalidInputException("last", "plan.date.outsidePeriod", period.getStartDate(),
                    period.getEndDate());
        }
        if (midterm != null && last != null && !midterm.isBefore(last)) {
            throw new InvalidInputException("last", "plan.date.order");
        }
    }

    /** The plan's goals from the catalogue, in the plan's order. */
    private List<PlanPage.Goal> goals(TrainingPlan plan) {
        Map<Long, TrainingGoal> byId = plans.goals(plan.getGoals().stream().map(PlanGoal::getGoalId).toList())
                .stream().collect(Collectors.toMap(TrainingGoal::getId, Function.identity()));
        return plan.getGoals().stream().map(g -> new PlanPage.Goal(byId.get(g.getGoalId()), g.getLevel())).toList();
    }

    private Optional<Assessment> latest(TrainingPlan plan, Conversation kind) {
        return Optional.ofNullable(first(plans.assessments(plan), kind));
    }

    private static PlanState state(PlacementPeriod period, TrainingPlan plan, List<Assessment> assessments,
                                   PeriodStatement statement, LocalDate day) {
        return PlanState.of(period, plan, first(assessments, Conversation.MIDTERM),
                first(assessments, Conversation.FINAL), statement, day);
    }

    /** The latest revision of a conversation, where the list has the latest of each first. */
    private static Assessment first(List<Assessment> assessments, Conversation kind) {
        return assessments.stream().filter(a -> a.getKind() == kind).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
