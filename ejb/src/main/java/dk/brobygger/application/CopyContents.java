package dk.brobygger.application;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.consent.Consent;
import dk.brobygger.domain.consent.ConsentText;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.plan.Absence;
import dk.brobygger.domain.plan.Assessment;
import dk.brobygger.domain.plan.PeriodStatement;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.plan.TrainingPlan;
import dk.brobygger.domain.privacy.DataCopy;
import dk.brobygger.domain.privacy.DataRequest;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.task.Task;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sections of a student's copy of their data (docs/data-copy.md), as JSON: field names in English, codes for
 * the values of a fixed list, ISO dates and instants, null where nothing is recorded. Each section holds what
 * Brobygger stores about the student, as the student may see it, and nothing about anyone else.
 */
final class CopyContents {

    /** The format's name and version, in the JSON and the manifest. */
    static final String SCHEMA = "brobygger-data-copy/1";

    private CopyContents() {
    }

    static JsonObject student(Student s) {
        return object()
                .put("studentNumber", s.getStudentNumber())
                .put("firstName", s.getFirstName())
                .put("lastName", s.getLastName())
                .put("birthDate", s.getBirthDate())
                .put("gender", s.getGender())
                .put("programme", s.getProgramme())
                .put("site", s.getSite())
                .put("team", s.getTeam())
                .put("startDate", s.getStartDate())
                .put("status", s.getStatus())
                .put("statusDate", s.getStatusDate())
                .put("account", s.account().map(UserProfile::getUsername).orElse(null))
                .build();
    }

    static JsonArray statusHistory(Student s) {
        return array(s.getStatusHistory(), c -> object()
                .put("status", c.getStatus())
                .put("effectiveDate", c.getEffectiveDate())
                .put("reason", c.getReason())
                .put("changedBy", c.getChangedBy())
                .put("changedAt", c.getChangedAt())
                .build());
    }

    static JsonArray people(List<Assignment> assignments) {
        return array(assignments, a -> object()
                .put("role", a.getKind())
                .put("name", a.getPerson().getDisplayName())
                .put("mentorType", a.getMentorType())
                .put("validFrom", a.getValidFrom())
                .put("validTo", a.getValidTo())
                .put("endedReason", a.getEndedReason())
                .build());
    }

    static JsonArray periods(List<PlacementPeriod> periods) {
        return array(periods, p -> object()
                .put("periodCode", p.getPeriodCode())
                .put("placement", p.getPlacement().getName())
                .put("startDate", p.getStartDate())
                .put("endDate", p.getEndDate())
                .put("supervisors", Json.createArrayBuilder(p.getSupervisors().stream()
                        .map(UserProfile::getDisplayName).sorted().toList()).build())
                .build());
    }

    static JsonArray needs(List<Need> needs) {
        return array(needs, n -> object()
                .put("category", n.getCategory())
                .put("status", n.getStatus())
                .put("versions", array(n.getRevisions(), CopyContents::needVersion))
                .build());
    }

    private static JsonObject needVersion(NeedRevision r) {
        return object()
                .put("revision", r.getRevision())
                .put("category", r.getCategory())
                .put("description", r.getDescription())
                .put("accommodations", r.getAccommodations())
                .put("source", r.getSource())
                .put("status", r.getStatus())
                .put("recordedBy", r.getRecordedBy())
                .put("recordedAt", r.getRecordedAt())
                .build();
    }

    /** Each consent with the exact text agreed to (rendered again from its version and language) and its receipt. */
    static JsonArray consents(List<Consent> consents) {
        return array(consents, c -> {
            Optional<ConsentText.Rendered> text = Optional.ofNullable(c.getTextVersion())
                    .map(v -> ConsentText.render(c, v, c.getTextLanguage()));
            return object()
                    .put("recipient", ConsentText.recipient(c.getPeriod(), c.getAssignment(),
                            c.getTextLanguage() == null ? "da" : c.getTextLanguage()))
                    .put("level", c.getLevel())
                    .put("purpose", c.getPurpose())
                    .put("needs", array(c.getNeeds(), n -> object().put("category", n.getCategory())
                            .put("revision", n.getRevision()).build()))
                    .put("validUntil", c.getValidUntil())
                    .put("status", c.getStatus())
                    .put("proposedBy", c.getProposedBy())
                    .put("proposedAt", c.getProposedAt())
                    .put("givenHow", c.getGivenHow())
                    .put("givenBy", c.getGivenBy())
                    .put("givenAt", c.getGivenAt())
                    .put("givenNote", c.getGivenNote())
                    .put("declinedAt", c.getDeclinedAt())
                    .put("withdrawnAt", c.getWithdrawnAt())
                    .put("withdrawnBy", c.getWithdrawnBy())
                    .put("withdrawalReason", c.getWithdrawalReason())
                    .put("textVersion", c.getTextVersion())
                    .put("textLanguage", c.getTextLanguage())
                    .put("textHash", c.getTextHash())
                    .put("text", text.map(ConsentText.Rendered::text).orElse(null))
                    .put("textMatchesReceipt", text.map(t -> t.hash().equals(c.getTextHash())).orElse(null))
                    .build();
        });
    }

    static JsonArray offers(List<StudentOffer> offers, String language) {
        return array(offers, o -> object()
                .put("offer", o.getOffer().name(language))
                .put("status", o.getStatus())
                .put("responsible", o.getResponsible())
                .put("outcome", o.getOutcome())
                .put("helped", o.getHelped())
                .put("history", array(o.getEvents(), e -> object()
                        .put("status", e.getStatus())
                        .put("at", e.getAt())
                        .put("by", e.getBy())
                        .put("note", e.getNote())
                        .build()))
                .build());
    }

    /** The sessions as the student reads them: the day, the mentor, the form and the topics; no one else's name. */
    static JsonArray sessions(List<MentorSessions.SessionColumns> sessions) {
        return array(sessions, s -> object()
                .put("heldOn", s.heldOn())
                .put("mentor", s.mentorName())
                .put("format", s.format())
                .put("topics", Json.createArrayBuilder(s.topics().stream().map(Enum::name).toList()).build())
                .build());
    }

    static JsonArray tasks(List<Task> tasks, String language) {
        return array(tasks, t -> object()
                .put("kind", t.getKind())
                .put("offer", t.getOffer() == null ? null : t.getOffer().name(language))
                .put("periodCode", t.getPeriodCode())
                .put("dueOn", t.getDueOn())
                .put("status", t.getStatus())
                .put("closedAt", t.getClosedAt())
                .build());
    }

    /** A period's training plan, its assessments (every revision), its statement and its absence. */
    static JsonObject plan(PlacementPeriod period, TrainingPlan plan, List<Assessment> assessments,
                           PeriodStatement statement, List<Absence> absence, Map<Long, TrainingGoal> goals) {
        Function<Long, String> goal = id -> Optional.ofNullable(goals.get(id))
                .map(g -> g.getNumber() + ". " + g.getTitle()).orElse(String.valueOf(id));
        return object()
                .put("periodCode", period.getPeriodCode())
                .put("placement", period.getPlacement().getName())
                .put("goals", plan == null ? JsonValue.EMPTY_JSON_ARRAY : array(plan.getGoals(), g -> object()
                        .put("goal", goal.apply(g.getGoalId())).put("level", g.getLevel()).build()))
                .put("studentGoals", plan == null ? null : plan.getStudentGoals())
                .put("schoolPart", plan == null ? null : plan.getSchoolPart())
                .put("midtermDate", plan == null ? null : plan.getMidtermDate())
                .put("finalDate", plan == null ? null : plan.getFinalDate())
                .put("assessments", array(assessments, a -> object()
                        .put("conversation", a.getKind())
                        .put("revision", a.getRevision())
                        .put("heldOn", a.getHeldOn())
                        .put("marks", array(a.getMarks(), m -> object()
                                .put("goal", goal.apply(m.getGoalId()))
                                .put("supervisorOnLevel", m.getOnLevel())
                                .put("comment", m.getComment())
                                .put("ownOnLevel", m.getStudentOnLevel())
                                .build()))
                        .put("summary", a.getSummary())
                        .put("ownSummary", a.getStudentSummary())
                        .put("supervisorConfirmedBy", a.getSupervisorConfirmedBy())
                        .put("supervisorConfirmedAt", a.getSupervisorConfirmedAt())
                        .put("ownConfirmedAt", a.getStudentConfirmedAt())
                        .build()))
                .put("statement", statement == null ? JsonValue.NULL : object()
                        .put("approved", statement.isApproved())
                        .put("reason", statement.getReason())
                        .put("issuedBy", statement.getIssuedBy())
                        .put("issuedAt", statement.getIssuedAt())
                        .build())
                .put("absence", array(absence, a -> object()
                        .put("firstDay", a.getFirstDay())
                        .put("days", a.getDays())
                        .put("reason", a.getReason())
                        .put("recordedBy", a.getRecordedBy())
                        .build()))
                .build();
    }

    /** Who else did or tried what with the student's records: when, who, in which roles, from where, what was seen. */
    static JsonArray accessLog(List<AccessLine> lines) {
        return array(lines, l -> object()
                .put("at", l.when())
                .put("name", l.name())
                .put("roles", l.roles())
                .put("organisation", l.organisation())
                .put("action", l.action())
                .put("refused", l.refused())
                .put("view", l.view())
                .put("needsSeen", array(l.seen(), n -> object().put("category", n.getCategory())
                        .put("level", n.getLevel()).build()))
                .build());
    }

    static JsonArray requests(List<DataRequest> requests) {
        return array(requests, r -> object()
                .put("kind", r.getKind())
                .put("receivedOn", r.getReceivedOn())
                .put("deadline", r.getDeadline())
                .put("status", r.getStatus())
                .put("outcome", r.getOutcome())
                .put("handledAt", r.getHandledAt())
                .build());
    }

    static JsonArray copies(List<DataCopy> copies) {
        return array(copies, c -> object()
                .put("producedAt", c.getProducedAt())
                .put("producedBy", c.getProducedBy())
                .put("reason", c.getReason())
                .put("sha256", c.getSha256())
                .build());
    }

    private static <T> JsonArray array(Collection<T> items, Function<T, JsonValue> each) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(i -> array.add(each.apply(i)));
        return array.build();
    }

    static Fields object() {
        return new Fields();
    }

    /** A JSON object built field by field, where a missing value is null and a value of a fixed list its code. */
    static final class Fields {

        private final JsonObjectBuilder builder = Json.createObjectBuilder();

        Fields put(String name, Object value) {
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof JsonValue json) {
                builder.add(name, json);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer || value instanceof Long) {
                builder.add(name, ((Number) value).longValue());
            } else if (value instanceof Enum<?> e) {
                builder.add(name, e.name());
            } else if (value instanceof LocalDate || value instanceof Instant || value instanceof String) {
                builder.add(name, value.toString());
            } else {
                throw new IllegalArgumentException("no JSON for " + value.getClass() + " in " + name);
            }
            return this;
        }

        JsonObject build() {
            return builder.build();
        }
    }
}
