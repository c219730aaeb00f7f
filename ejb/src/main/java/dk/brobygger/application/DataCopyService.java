package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.consent.Consents;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.need.Needs;
import dk.brobygger.domain.offer.StudentOffers;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.PeriodStatement;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import dk.brobygger.domain.plan.TrainingPlans;
import dk.brobygger.domain.privacy.DataCopy;
import dk.brobygger.domain.privacy.DataRequest;
import dk.brobygger.domain.privacy.DataRequests;
import dk.brobygger.domain.privacy.RequestKind;
import dk.brobygger.domain.privacy.RequestStatus;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A student's copy of everything Brobygger holds about them (GDPR Art. 15; docs/data-copy.md): the student downloads
 * their own, and the data protection officer produces one, with a reason, when the request came in another way.
 * Gathering it is one operation through the gate, audited with the copy's record; the copy's digest is kept, never
 * its bytes.
 */
@Stateless
@Gated
public class DataCopyService {

    static final String RECORD = "DataCopy";

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private Students students;

    @Inject
    private Needs needs;

    @Inject
    private Consents consents;

    @Inject
    private StudentOffers offers;

    @Inject
    private MentorSessions sessions;

    @Inject
    private Tasks tasks;

    @Inject
    private TrainingPlans plans;

    @Inject
    private DataRequests requests;

    @Inject
    private AccessLines accessLines;

    /**
     * The signed-in student's own copy, with its readable part in {@code language} ("da" or "en"), laid out by
     * {@code readable} from the copy's data and the language.
     */
    @RolesAllowed(Role.STUDENT_NAME)
    public DataPackage mine(String language, BiFunction<JsonObject, String, String> readable) {
        Caller me = gate.caller();
        Optional<Student> mine = me.profileId() == null ? Optional.empty() : students.byAccount(me.profileId());
        return gate.run(AuditEntry.of(AuditAction.EXPORT_DATA, RECORD, null, null), mine, Student::getId,
                (act, student) -> produce(act, student, null, null, language, readable));
    }

    /**
     * A copy of a student's data produced by the data protection officer for an open access request in the
     * register, however it came in, with the reason it is produced.
     */
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
    public DataPackage forRequest(long requestId, String reason, String language,
                                  BiFunction<JsonObject, String, String> readable) {
        return gate.run(AuditEntry.of(AuditAction.EXPORT_DATA, RECORD, null, null), requests.byId(requestId),
                r -> r.getStudent().getId(), (act, request) -> {
                    String why = DataRequestService.required(reason, "reason", "dataCopy.reason.required");
                    if (request.getKind() != RequestKind.ACCESS || request.getStatus() != RequestStatus.OPEN) {
                        throw new InvalidInputException(null, "dataCopy.request.notOpen");
                    }
                    return produce(act, request.getStudent(), request, why, language, readable);
                });
    }

    private DataPackage produce(Scope act, Student student, DataRequest request, String reason, String language,
                                BiFunction<JsonObject, String, String> readable) {
        if (!"da".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("language", "dataCopy.language");
        }
        Instant at = clock.instant();
        JsonObject data = contents(student, language, at);
        DataPackage zip = DataPackage.of(student.getStudentNumber(), data, readable.apply(data, language), language,
                at);
        DataCopy copy = new DataCopy(student, request, reason, language, zip.sha256(), zip.bytes().length,
                act.caller().username(), at);
        requests.add(copy);
        act.record(copy.getId()).detail(data.getJsonArray("accessLog").size() + " access log lines");
        return zip;
    }

    /** Every section of the copy (docs/data-copy.md); the access log, which grows with the years, in a few queries. */
    private JsonObject contents(Student student, String language, Instant at) {
        long id = student.getId();
        Students.WithAssignments record = students.withHistory(id).orElseThrow();
        List<PlacementPeriod> periods = students.periods(id);
        // a student without an account has done nothing themself: everything in the trail is by others
        String subject = student.account().map(UserProfile::getSubject).orElse("");
        List<AccessLine> log = accessLines.about(id, subject, 0, Integer.MAX_VALUE).rows();
        return Json.createObjectBuilder()
                .add("schema", CopyContents.SCHEMA)
                .add("generatedAt", at.toString())
                .add("language", language)
                .add("student", CopyContents.student(student))
                .add("statusHistory", CopyContents.statusHistory(student))
                .add("contactPersonsAndMentors", CopyContents.people(record.assignments()))
                .add("placementPeriods", CopyContents.periods(periods))
                .add("needs", CopyContents.needs(needs.of(id)))
                .add("consents", CopyContents.consents(consents.historyOf(id)))
                .add("offers", CopyContents.offers(offers.of(id), language))
                .add("mentorSessions", CopyContents.sessions(sessions.latestOf(id, null, Integer.MAX_VALUE)))
                .add("tasks", CopyContents.tasks(tasks.about(id), language))
                .add("trainingPlans", plans(periods))
                .add("accessLog", CopyContents.accessLog(log))
                .add("dataProtectionRequests", CopyContents.requests(requests.of(id)))
                .add("copiesProduced", CopyContents.copies(requests.copiesOf(id)))
                .build();
    }

    private JsonArrayBuilder plans(List<PlacementPeriod> periods) {
        Map<Long, TrainingPlan> byPeriod = plans.ofPeriods(periods).stream()
                .collect(Collectors.toMap(p -> p.getPeriod().getId(), Function.identity()));
        Map<Long, PeriodStatement> statements = plans.statements(periods).stream()
                .collect(Collectors.toMap(s -> s.getPeriod().getId(), Function.identity()));
        Map<Long, TrainingGoal> goals = plans.goals(byPeriod.values().stream()
                        .flatMap(p -> p.getGoals().stream().map(g -> g.getGoalId())).distinct().toList()).stream()
                .collect(Collectors.toMap(TrainingGoal::getId, Function.identity()));
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PlacementPeriod period : periods) {
            TrainingPlan plan = byPeriod.get(period.getId());
            array.add(CopyContents.plan(period, plan, plan == null ? List.of() : plans.assessments(plan),
                    statements.get(period.getId()), plans.absence(period.getId()), goals));
        }
        return array;
    }
}
