package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import dk.brobygger.domain.student.Students;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail: searched, exported and verified by the data protection officer; and the part about a
 * student, read by the student ("who has seen my data").
 */
@Stateless
@Gated
@RolesAllowed(Role.DATA_PROTECTION_OFFICER_NAME)
public class AuditService {

    private static final String RECORD = "AuditEvent";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** An export is one file; a search wider than this is narrowed first. */
    public static final int EXPORT_MAX = 100_000;

    @Inject
    private Gate gate;

    @Inject
    private Students students;

    @PersistenceContext
    private EntityManager em;

    /** Events matching the search, newest first, one page, with what each event saw. */
    public Page<AuditEvent> events(AuditQuery query, int first, int size) {
        return gate.run(AuditEntry.of(AuditAction.READ_AUDIT, RECORD, null, null), act -> {
            Page<AuditEvent> result = new Page<>(withSeen(search(query, AuditEvent.class, "e").setFirstResult(first)
                    .setMaxResults(size)), search(query, Long.class, "COUNT(e)").getSingleResult());
            act.detail(result.rows().size() + " of " + result.total() + " " + query);
            return result;
        });
    }

    /** The events matching the search as CSV (UTF-8, semicolons, as Danish Excel opens it), newest first. */
    public String export(AuditQuery query) {
        return gate.run(AuditEntry.of(AuditAction.EXPORT_AUDIT, RECORD, null, null), act -> {
            long total = search(query, Long.class, "COUNT(e)").getSingleResult();
            if (total > EXPORT_MAX) {
                throw new InvalidInputException(null, "audit.export.tooMany", total, EXPORT_MAX);
            }
            StringBuilder csv = new StringBuilder("tidspunkt;bruger;roller;organisation;handling;post;post_id;elev_id;"
                    + "udfald;visning;sete_behov;detaljer;kaede_nr\r\n");
            withSeen(search(query, AuditEvent.class, "e")).forEach(e -> csv.append(String.join(";",
                    e.getOccurredAt().atZone(DANISH_TIME).toOffsetDateTime().toString(), cell(e.getActorUsername()),
                    cell(e.getActorRoles()), cell(e.getOrganisation()), e.getAction().name(), e.getRecordType(),
                    text(e.getRecordId()), text(e.getStudentId()), e.getOutcome().name(),
                    e.getStudentView() == null ? "" : e.getStudentView().name(),
                    e.getSeenNeeds().stream().map(n -> n.getCategory() + ":" + n.getLevel())
                            .collect(Collectors.joining(",")),
                    cell(e.getReason()), text(e.getChainSeq()))).append("\r\n"));
            act.detail(total + " events " + query);
            return csv.toString();
        });
    }

    /**
     * Checks the hash chain from its start: every sealed event's hash must match its content and the hash
     * before it, with no place in the chain missing, and no event left outside the chain.
     */
    public ChainCheck verify() {
        return gate.run(AuditEntry.of(AuditAction.VERIFY_AUDIT, RECORD, null, null), act -> {
            long sealed = ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event"
                    + " WHERE chain_seq IS NOT NULL").getSingleResult()).longValue();
            String lastHash = (String) em.createNativeQuery("SELECT hash FROM audit_event WHERE chain_seq IS NOT NULL"
                    + " ORDER BY chain_seq DESC LIMIT 1").getResultStream().findFirst().orElse(null);
            @SuppressWarnings("unchecked")
            List<Object[]> broken = em.createNativeQuery("SELECT chain_seq, id, CASE"
                    + " WHEN hash IS DISTINCT FROM expected THEN 'CHANGED'"
                    + " WHEN chain_seq <> coalesce(before_seq, 0) + 1 THEN 'MISSING' ELSE 'BROKEN_LINK' END"
                    + " FROM (SELECT e.chain_seq, e.id, e.hash, e.previous_hash,"
                    + "       audit_event_hash(e.previous_hash, e) AS expected,"
                    + "       lag(e.hash) OVER w AS before_hash, lag(e.chain_seq) OVER w AS before_seq"
                    + "       FROM audit_event e WHERE e.chain_seq IS NOT NULL WINDOW w AS (ORDER BY e.chain_seq)) t"
                    + " WHERE hash IS DISTINCT FROM expected OR chain_seq <> coalesce(before_seq, 0) + 1"
                    + " OR previous_hash IS DISTINCT FROM coalesce(before_hash, 'genesis')"
                    + " ORDER BY chain_seq LIMIT 1").getResultList();
            ChainCheck check;
            if (!broken.isEmpty()) {
                Object[] firstBroken = broken.get(0);
                check = new ChainCheck(sealed, ((Number) firstBroken[0]).longValue(),
                        ((Number) firstBroken[1]).longValue(), (String) firstBroken[2], lastHash);
            } else {
                long unsealed = ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event"
                        + " WHERE chain_seq IS NULL").getSingleResult()).longValue();
                check = new ChainCheck(sealed, null, null, unsealed == 0 ? null : "UNSEALED", lastHash);
            }
            act.detail(check.intact() ? "intact, " + sealed + " events, last hash " + lastHash
                    : check.problem() + " at " + check.brokenAt());
            return check;
        });
    }

    /**
     * Everything others did or tried with the signed-in student's records, newest first, one page: who, in which
     * role, from where, what they did and what they saw. Read from the events' fields, never from their text.
     */
    @RolesAllowed(Role.STUDENT_NAME)
    public Page<AccessLine> accessToMyData(int first, int size) {
        String me = gate.caller().username();
        return gate.run(AuditEntry.of(AuditAction.READ_ACCESS_LOG, RECORD, null, null), students.byUsername(me),
                Student::getId, (act, student) -> {
            String where = " FROM AuditEvent e WHERE e.studentId = :student AND e.actorUsername <> :me";
            TypedQuery<AuditEvent> page = em.createQuery("SELECT e" + where
                    + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> q : List.of(page, count)) {
                q.setParameter("student", student.getId()).setParameter("me", me);
            }
            List<AuditEvent> events = withSeen(page.setFirstResult(first).setMaxResults(size));
            Map<String, String> names = names(events);
            List<AccessLine> lines = events.stream().map(e -> new AccessLine(e.getOccurredAt(),
                    names.getOrDefault(e.getActorUsername(), e.getActorUsername()), e.getActorRoles(),
                    e.getOrganisation(), e.getAction(), e.getOutcome() == AuditEvent.Outcome.DENIED,
                    e.getStudentView(), e.getSeenNeeds())).toList();
            act.detail(lines.size() + " shown");
            return new Page<>(lines, count.getSingleResult());
        });
    }

    /** The events with what each saw, read in one more query for the whole page (not one per event). */
    private static List<AuditEvent> withSeen(TypedQuery<AuditEvent> query) {
        List<AuditEvent> events = query.setHint("eclipselink.batch", "e.seenNeeds")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        events.forEach(AuditEvent::getSeenNeeds);
        return events;
    }

    private Map<String, String> names(List<AuditEvent> events) {
        List<String> usernames = events.stream().map(AuditEvent::getActorUsername).distinct().toList();
        return usernames.isEmpty() ? Map.of() : em.createQuery("SELECT p FROM UserProfile p WHERE p.username IN"
                        + " :usernames", UserProfile.class).setParameter("usernames", usernames).getResultStream()
                .collect(Collectors.toMap(UserProfile::getUsername, UserProfile::getDisplayName));
    }

    private <T> TypedQuery<T> search(AuditQuery query, Class<T> type, String select) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.studentId() != null) {
            conditions.add("e.studentId = :student");
            parameters.put("student", query.studentId());
        }
        if (query.username() != null && !query.username().isBlank()) {
            conditions.add("e.actorUsername = :username");
            parameters.put("username", query.username().strip());
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(DANISH_TIME).toInstant());
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(DANISH_TIME).toInstant());
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", query.action());
        }
        TypedQuery<T> typed = em.createQuery("SELECT " + select + " FROM AuditEvent e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + (type == Long.class ? "" : " ORDER BY e.occurredAt DESC, e.id DESC"), type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /** A CSV cell: quoted when it holds a separator, a quote or a line break. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
