package dk.brobygger.infrastructure.audit;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.ChainLink;
import dk.brobygger.domain.audit.AuditEvent.Outcome;
import dk.brobygger.domain.audit.SeenNeed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.function.Function;

/**
 * Writes the audit trail. What was allowed is written in the transaction of the action itself, so a read or
 * change and its record stand or fall together; a refusal is written in a transaction of its own, so that it
 * stays although the refused request fails. Only the gate (docs/architecture.md) writes here for a caller.
 */
@Stateless
public class AuditTrail {

    /** The actor of what the application does by itself. */
    public static final String SYSTEM = "brobygger";

    /**
     * The events as columns (one array each, in order), then what they saw and the students they listed as
     * columns, by the event's place, then the events' report filters as columns.
     */
    private static final String INSERT = """
            WITH ids AS (
                SELECT n, nextval('record_seq') AS id FROM generate_series(1, ?1) n
            ), events AS (
                INSERT INTO audit_event (id, occurred_at, actor_subject, actor_username, actor_roles, action,
                                         record_type, record_id, student_id, outcome, reason, organisation,
                                         student_view, report_site, report_team, report_from_year,
                                         report_to_year, content_digest)
                SELECT ids.id, e.occurred_at::timestamptz, e.actor_subject, e.actor_username, e.actor_roles,
                       e.action, e.record_type, e.record_id::bigint, e.student_id::bigint, e.outcome, e.reason,
                       e.organisation, e.student_view, e.report_site, e.report_team, e.report_from_year::int,
                       e.report_to_year::int, e.content_digest
                FROM unnest(?2::text[], ?3::text[], ?4::text[], ?5::text[], ?6::text[], ?7::text[], ?8::text[],
                            ?9::text[], ?10::text[], ?11::text[], ?12::text[], ?13::text[], ?22::text[],
                            ?23::text[], ?24::text[], ?25::text[], ?26::text[])
                     WITH ORDINALITY AS e (occurred_at, actor_subject, actor_username, actor_roles, action,
                                           record_type, record_id, student_id, outcome, reason, organisation,
                                           student_view, report_site, report_team, report_from_year,
                                           report_to_year, content_digest, n)
                JOIN ids USING (n)
            ), listed AS (
                INSERT INTO audit_listed_student (event_id, position, student_id)
                SELECT ids.id, l.position::int, l.student_id::bigint
                FROM unnest(?19::text[], ?20::text[], ?21::text[]) AS l (n, position, student_id)
                JOIN ids ON ids.n = l.n::bigint
            )
            INSERT INTO audit_seen_need (event_id, position, need_id, category, level)
            SELECT ids.id, s.position::int, s.need_id::bigint, s.category, s.level
            FROM unnest(?14::text[], ?15::text[], ?16::text[], ?17::text[], ?18::text[])
                 AS s (n, position, need_id, category, level)
            JOIN ids ON ids.n = s.n::bigint
            """;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ContentKey contentKey;

    /** What the caller was allowed to do and see, in one statement however many entries there are. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowed(Caller caller, List<AuditEntry> entries) {
        write(entries.stream().map(entry -> event(caller, entry, Outcome.ALLOWED)).toList());
    }

    /** A refusal; {@code entry}'s detail says why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Caller caller, AuditEntry entry) {
        write(List.of(event(caller, entry, Outcome.DENIED)));
    }

    /** What the application itself did, such as noting that consents have expired, in one statement. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void bySystem(List<AuditEntry> entries) {
        Instant now = clock.instant();
        write(entries.stream().map(entry -> new AuditEvent(now, null, SYSTEM, "-", entry, Outcome.ALLOWED)).toList());
    }

    private AuditEvent event(Caller caller, AuditEntry entry, Outcome outcome) {
        return new AuditEvent(clock.instant(), caller.subject(), caller.username(), caller.rolesText(), entry, outcome);
    }

    /**
     * Writes the events, what each saw and the students each listed, in one statement however many there are (a
     * page that shows five parts of a record is one statement). AuditSealer seals them into the chain once
     * the transaction has committed.
     */
    private void write(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String[]> seen = new ArrayList<>();
        List<String[]> listed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<SeenNeed> needs = events.get(i).getSeenNeeds();
            for (int position = 0; position < needs.size(); position++) {
                SeenNeed need = needs.get(position);
                seen.add(new String[] {String.valueOf(i + 1), String.valueOf(position), text(need.getNeedId()),
                    need.getCategory().name(), need.getLevel().name()});
            }
            List<Long> students = events.get(i).getListedStudents();
            for (int position = 0; position < students.size(); position++) {
                listed.add(new String[] {String.valueOf(i + 1), String.valueOf(position),
                    text(students.get(position))});
            }
        }
        em.createNativeQuery(INSERT)
                .setParameter(1, events.size())
                .setParameter(2, column(events, e -> e.getOccurredAt().toString()))
                .setParameter(3, column(events, AuditEvent::getActorSubject))
                .setParameter(4, column(events, AuditEvent::getActorUsername))
                .setParameter(5, column(events, AuditEvent::getActorRoles))
                .setParameter(6, column(events, e -> e.getAction().name()))
                .setParameter(7, column(events, AuditEvent::getRecordType))
                .setParameter(8, column(events, e -> text(e.getRecordId())))
                .setParameter(9, column(events, e -> text(e.getStudentId())))
                .setParameter(10, column(events, e -> e.getOutcome().name()))
                .setParameter(11, column(events, AuditEvent::getReason))
                .setParameter(12, column(events, AuditEvent::getOrganisation))
                .setParameter(13, column(events, e -> e.getStudentView() == null ? null : e.getStudentView().name()))
                .setParameter(14, rowColumn(seen, 0))
                .setParameter(15, rowColumn(seen, 1))
                .setParameter(16, rowColumn(seen, 2))
                .setParameter(17, rowColumn(seen, 3))
                .setParameter(18, rowColumn(seen, 4))
                .setParameter(19, rowColumn(listed, 0))
                .setParameter(20, rowColumn(listed, 1))
                .setParameter(21, rowColumn(listed, 2))
                .setParameter(22, column(events, e -> e.getReport() == null || e.getReport().site() == null ? null
                        : e.getReport().site().name()))
                .setParameter(23, column(events, e -> e.getReport() == null ? null : e.getReport().team()))
                .setParameter(24, column(events, e -> e.getReport() == null ? null : text(e.getReport().fromYear())))
                .setParameter(25, column(events, e -> e.getReport() == null ? null : text(e.getReport().toYear())))
                .setParameter(26, column(events, this::contentDigest))
                .executeUpdate();
    }

    /** The keyed digest of the event's personal content, which the chain hashes in its place (docs/audit.md). */
    private String contentDigest(AuditEvent event) {
        List<SeenNeed> needs = event.getSeenNeeds();
        return ChainLink.contentDigest(contentKey.value(), event.getActorSubject(), event.getActorUsername(),
                event.getReason(), IntStream.range(0, needs.size()).mapToObj(p -> new ChainLink.Seen(p,
                        needs.get(p).getNeedId(), needs.get(p).getCategory().name(), needs.get(p).getLevel().name()))
                        .toList());
    }

    private static String[] column(List<AuditEvent> events, Function<AuditEvent, String> field) {
        return events.stream().map(field).toArray(String[]::new);
    }

    private static String[] rowColumn(List<String[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toArray(String[]::new);
    }

    private static String text(Number value) {
        return value == null ? null : value.toString();
    }
}
