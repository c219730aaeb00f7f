package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.TrainingPlans;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.student.StudentSearch;
import dk.brobygger.domain.student.StudentStatus;
import dk.brobygger.domain.student.Students;
import dk.brobygger.security.AccessPolicy;
import dk.brobygger.security.Decision;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.access.StudentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Students: lists scoped to the caller, the record as the caller may see it, and its changes. */
@Stateless
@Gated
public class StudentService {

    static final String RECORD = "Student";
    private static final Students.TaskCount NO_TASKS = new Students.TaskCount(0, 0);

    @Inject
    private TrainingPlans plans;

    @Inject
    private Students students;

    @Inject
    private UserProfiles profiles;

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    /**
     * One page of a student list. The scope must be one the caller's roles give (the leader's overview, a
     * contact person's students, a supervisor's); the database does the scoping.
     */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME,
        Role.MENTOR_NAME})
    public Page<StudentRow> list(StudentScope scope, String text, Programme programme, StudentStatus status,
                                 int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            Decision allowed = AccessPolicy.decideList(scope, act.caller());
            if (!allowed.allowed()) {
                throw act.refuse(allowed.reason());
            }
            LocalDate today = today();
            Page<Student> page = students.search(new StudentSearch(scope, act.caller().profileId(), today, text,
                    programme, status, from, rows));
            List<Long> ids = page.rows().stream().map(Student::getId).toList();
            Map<Long, List<Assignment>> contacts = students.contactPersons(ids, today).stream()
                    .collect(Collectors.groupingBy(a -> a.getStudent().getId()));
            Map<Long, PlacementPeriod> periods = new LinkedHashMap<>();
            students.currentAndComingPeriods(ids, today).forEach(p -> periods.putIfAbsent(p.getStudent().getId(), p));
            boolean mine = scope == StudentScope.MY_STUDENTS;
            List<Long> openCases = mine ? students.withOpenCase(ids) : List.of();
            Map<Long, Students.TaskCount> tasks = mine ? students.openTasks(ids, today) : Map.of();
            act.shown(ids).detail(scope + " list" + (text == null ? "" : ", search '" + text + "'"));
            return new Page<>(page.rows().stream().map(s -> row(scope, s, contacts.getOrDefault(s.getId(),
                    List.of()), periods.get(s.getId()), openCases.contains(s.getId()),
                    tasks.getOrDefault(s.getId(), NO_TASKS))).toList(), page.total());
        });
    }

    private static StudentRow row(StudentScope scope, Student s, List<Assignment> contacts, PlacementPeriod period,
                                  boolean openCase, Students.TaskCount tasks) {
        boolean full = scope == StudentScope.ALL || scope == StudentScope.MY_STUDENTS;
        String names = contacts.stream().map(a -> a.getPerson().getDisplayName()).collect(Collectors.joining(", "));
        String emails = contacts.stream().map(a -> a.getPerson().getEmail()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        boolean showPeriod = period != null;
        return new StudentRow(s.getId(), full ? s.getStudentNumber() : null, s.getFullName(), s.getProgramme(),
                scope == StudentScope.SUPERVISED ? null : s.getTeam(), full ? s.getStatus() : null, names,
                scope == StudentScope.SUPERVISED ? emails : null,
                showPeriod ? period.getPeriodCode() : null, showPeriod ? period.getPlacement().getName() : null,
                showPeriod ? period.getStartDate() : null, showPeriod ? period.getEndDate() : null,
                scope == StudentScope.MY_STUDENTS ? openCase : null,
                scope == StudentScope.MY_STUDENTS ? tasks.open() : null,
                scope == StudentScope.MY_STUDENTS ? tasks.overdue() : null);
    }

    /** The record of one student, as much of it as the caller may see now. */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME,
        Role.MENTOR_NAME, Role.STUDENT_NAME})
    public StudentDetails view(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, RECORD, studentId, studentId), act -> details(act, studentId));
    }

    /**
     * The record, for a page that is there to do {@code purpose} (change the status, assign, register a period,
     * work on the case): refused, and audited, when the caller may see the student but not do that.
     */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME,
        Role.MENTOR_NAME, Role.STUDENT_NAME})
    public StudentDetails viewFor(long studentId, AuditAction purpose) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, RECORD, studentId, studentId), act ->
                details(act.require(purpose), studentId));
    }

    private StudentDetails details(Scope act, long studentId) {
        Students.WithAssignments record = students.withHistory(studentId).orElseThrow();
        Student student = record.student();
        StudentView view = act.view();
        boolean full = view == StudentView.FULL;
        LocalDate today = today();
        List<Assignment> assignments = record.assignments();
        List<StudentDetails.Contact> contacts = assignments.stream()
                .filter(a -> a.getKind() == AssignmentKind.CONTACT_PERSON && a.isValidOn(today))
                .map(a -> new StudentDetails.Contact(a.getPerson().getDisplayName(), a.getPerson().getEmail()))
                .toList();
        // a mentor sees only the periods whose plan the student shares with them
        boolean mentoring = view == StudentView.MENTORING;
        List<PlacementPeriod> all = students.periods(studentId).stream().filter(p -> !mentoring
                || plans.sharedWithMentor(p.getId(), act.caller().profileId(), today)).toList();
        List<StudentDetails.PeriodLine> periods = all.stream()
                .filter(p -> full || !p.getEndDate().isBefore(today))
                .map(p -> new StudentDetails.PeriodLine(p.getId(), p.getPeriodCode(), p.getPlacement().getName(),
                        p.getStartDate(), p.getEndDate(), act.allows(AuditAction.VIEW_PLAN) && (mentoring
                        || TrainingPlanService.writerOf(act.caller(), act.relationship(), p).isPresent())))
                .toList();
        boolean mayWorkOnCase = act.allows(AuditAction.READ_JOURNAL);
        return new StudentDetails(studentId, view, student.getFullName(), student.getProgramme(),
                view == StudentView.PLACEMENT ? null : student.getTeam(), full ? student : null,
                full ? assignments : List.of(), contacts, periods,
                act.allows(AuditAction.EDIT), act.allows(AuditAction.ASSIGN), mayWorkOnCase,
                act.allows(AuditAction.VIEW_NEEDS), act.allows(AuditAction.RECORD_NEED),
                act.allows(AuditAction.READ_CONSENTS), act.allows(AuditAction.VIEW_SESSIONS),
                act.allows(AuditAction.LOG_SESSION),
                full ? student.account().map(a -> new StudentDetails.Account(a.getUsername(), a.getDisplayName()))
                        .orElse(null) : null,
                act.allows(AuditAction.LINK_ACCOUNT), full ? exam(all) : null);
    }

    /** What the last period's statement says of the final exam; null before the student has a period. */
    private ExamStanding exam(List<PlacementPeriod> periods) {
        return periods.stream().max(Comparator.comparing(PlacementPeriod::getEndDate))
                .map(last -> plans.statement(last.getId()).map(s -> s.isApproved() ? ExamStanding.MAY_SIT
                        : ExamStanding.NOT_APPROVED).orElse(ExamStanding.AWAITING_STATEMENT))
                .orElse(null);
    }

    /** The signed-in student's own record, if the school has linked their user to one. */
    @RolesAllowed(Role.STUDENT_NAME)
    public Optional<StudentDetails> own() {
        Long me = gate.caller().profileId();
        Optional<Student> mine = me == null ? Optional.empty() : students.byAccount(me);
        if (mine.isEmpty()) {
            gate.refused(AuditEntry.of(AuditAction.VIEW, RECORD, null, null), "no student record linked to the user");
        }
        return mine.map(s -> view(s.getId()));
    }

    /** The student's details for the edit form. */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME})
    public Student forEdit(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW, RECORD, studentId, studentId).withDetail("for editing"),
                act -> {
                    act.require(AuditAction.EDIT);
                    return students.byId(studentId).orElseThrow();
                });
    }

    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME})
    public long create(StudentForm form) {
        return gate.run(AuditEntry.of(AuditAction.CREATE, RECORD, null, null), act -> {
            rejectDuplicateNumber(form.studentNumber(), null);
            Student student = form.newStudent();
            students.add(student);
            act.record(student.getId()).about(student.getId());
            return student.getId();
        });
    }

    /**
     * Saves changed details. {@code version} is the version the person started editing; if someone else saved
     * in between, nothing is saved and they are told so.
     */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME})
    public void update(long studentId, long version, StudentForm form) {
        gate.run(AuditEntry.of(AuditAction.EDIT, RECORD, studentId, studentId), act -> {
            Student student = current(studentId, version);
            rejectDuplicateNumber(form.studentNumber(), studentId);
            form.applyTo(student);
            return student;
        });
    }

    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.CONTACT_PERSON_NAME})
    public void changeStatus(long studentId, long version, StudentStatus status, LocalDate effective, String reason) {
        gate.run(AuditEntry.of(AuditAction.CHANGE_STATUS, RECORD, studentId, studentId), act -> {
            Student student = current(studentId, version);
            if (status == null || status == student.getStatus()) {
                throw new InvalidInputException("status", "status.same");
            }
            if (effective == null || effective.isBefore(student.getStartDate())) {
                throw new InvalidInputException("statusDate", "status.date.beforeStart");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("statusReason", "status.reason.required");
            }
            student.changeStatus(status, effective, reason, act.caller().username(), clock.instant());
            act.detail(status.name());
            return student;
        });
    }

    /**
     * Links the student's record to the account they sign in with (docs/security.md, "Identity"): the account
     * with this username that has signed in to Brobygger, so that its Keycloak subject is known. The audit event
     * names the account's profile, whose subject is recorded.
     */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public void linkAccount(long studentId, long version, String username) {
        gate.run(AuditEntry.of(AuditAction.LINK_ACCOUNT, PeopleService.RECORD, null, studentId), act -> {
            Student student = current(studentId, version);
            UserProfile account = profiles.byUsername(username == null ? "" : username.strip())
                    .filter(p -> p.getSubject() != null)
                    .orElseThrow(() -> new InvalidInputException("accountUsername", "account.unknown"));
            students.byAccount(account.getId()).filter(other -> !other.equals(student)).ifPresent(other -> {
                throw new InvalidInputException("accountUsername", "account.taken", other.getStudentNumber());
            });
            student.linkAccount(account);
            act.record(account.getId()).detail(account.getSubject());
            return student;
        });
    }

    /** Ends the link between the student's record and their account: the account no longer reads the record. */
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public void unlinkAccount(long studentId, long version) {
        gate.run(AuditEntry.of(AuditAction.UNLINK_ACCOUNT, PeopleService.RECORD, null, studentId), act -> {
            Student student = current(studentId, version);
            student.account().ifPresent(account -> act.record(account.getId()).detail(account.getSubject()));
            student.unlinkAccount();
            return student;
        });
    }

    /** The student as the person started editing them, or the conflict message when someone saved since. */
    private Student current(long studentId, long version) {
        Student student = students.byId(studentId).orElseThrow();
        if (student.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return student;
    }

    private void rejectDuplicateNumber(String number, Long exceptId) {
        students.byNumber(number).filter(s -> !s.getId().equals(exceptId)).ifPresent(s -> {
            throw new InvalidInputException("studentNumber", "student.number.taken");
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
