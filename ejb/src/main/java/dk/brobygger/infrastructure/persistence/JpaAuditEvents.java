package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.audit.ChainLink;
import dk.brobygger.domain.audit.AuditSearch;
import dk.brobygger.domain.student.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads the audit trail (AuditTrail writes it, AuditSealer seals it). */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaAuditEvents implements AuditEvents {

    /** Every sealed event with what it saw and listed and a report's filters, in the chain's order. */
    private static final String CHAIN = """
            SELECT e.chain_seq, e.id, e.hash, e.previous_hash, e.occurred_at, e.actor_subject, e.actor_username,
                   e.actor_roles, e.action, e.record_type, e.record_id, e.student_id, e.outcome, e.reason,
                   e.organisation, e.student_view, e.report_site, e.report_team, e.report_from_year,
                   e.report_to_year, e.content_digest, e.erased_at IS NOT NULL AS erased, s.position, s.need_id,
                   s.category, s.level,
                   ARRAY(SELECT l.student_id FROM audit_listed_student l WHERE l.event_id = e.id
                         ORDER BY l.position) AS listed
            FROM audit_event e LEFT JOIN audit_seen_need s ON s.event_id = e.id
            WHERE e.chain_seq IS NOT NULL
            ORDER BY e.chain_seq, s.position
            """;
    private static final int CHAIN_BATCH = 5000;

    /**
     * An event about the student: on their record, or a list that showed them. Written as the ids of both, read
     * through their two indexes once (an OR of the two would make PostgreSQL read the whole trail, millions of
     * events: docs/performance.md).
     */
    private static final String ABOUT_STUDENT = "e.id = SQL('ANY(ARRAY(SELECT a.id FROM audit_event a"
            + " WHERE a.student_id = ? UNION ALL SELECT l.event_id FROM audit_listed_student l"
            + " WHERE l.student_id = ?))', :student, :student)";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = SchemaCheck.APP_DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public Page<AuditEvent> search(AuditSearch search, int first, int size) {
        List<AuditEvent> rows = withSeen(query(search, AuditEvent.class, "e").setFirstResult(first)
                .setMaxResults(size));
        return new Page<>(rows, count(search, COUNT_LIMIT));
    }

    @Override
    public long count(AuditSearch search, int atMost) {
        // the ids of at most one more than that, not COUNT over the whole trail
        return query(search, Long.class, "e.id").setMaxResults(atMost + 1).getResultList().size();
    }

    @Override
    public List<AuditEvent> all(AuditSearch search) {
        // the export names the students each list showed: read for all events at once, as what they saw is
        List<AuditEvent> events = withSeen(query(search, AuditEvent.class, "e")
                .setHint("eclipselink.batch", "e.listedStudents"));
        events.forEach(AuditEvent::getListedStudents);
        return events;
    }

    @Override
    public Page<AuditEvent> byOthersAbout(long studentId, String subject, int first, int size) {
        // the application's own events have no subject
        String where = " FROM AuditEvent e WHERE " + ABOUT_STUDENT
                + " AND (e.actorSubject IS NULL OR e.actorSubject <> :me)";
        TypedQuery<AuditEvent> page = em.createQuery("SELECT e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("student", studentId).setParameter("me", subject);
        }
        List<AuditEvent> events = withSeen(page.setFirstResult(first).setMaxResults(size));
        return new Page<>(events, count.getSingleResult());
    }

    @Override
    public List<AuditEvent> changesAbout(long studentId, Instant since, Collection<AuditAction> actions) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.studentId = :student AND e.occurredAt >= :since"
                        + " AND e.outcome = :allowed AND e.action IN :actions ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("student", studentId).setParameter("since", since)
                .setParameter("allowed", AuditEvent.Outcome.ALLOWED).setParameter("actions", actions)
                .getResultList();
    }

    @Override
    public long chainLength() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(chain_seq), 0) FROM audit_event")
                .getSingleResult()).longValue();
    }

    @Override
    public long unsealedBefore(Instant cutoff) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event"
                + " WHERE chain_seq IS NULL AND occurred_at < ?1").setParameter(1, OffsetDateTime.ofInstant(cutoff,
                ZoneOffset.UTC)).getSingleResult()).longValue();
    }

    @Override
    public void walkChain(Consumer<ChainLink> each) {
        // plain JDBC on the transaction's connection, fetched in batches: the chain may hold millions of events
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(CHAIN)) {
            query.setFetchSize(CHAIN_BATCH);
            try (ResultSet rows = query.executeQuery()) {
                ChainLink link = null;
                List<ChainLink.Seen> seen = new ArrayList<>();
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (link != null && link.id() != id) {
                        each.accept(withSeen(link, seen));
                        seen.clear();
                    }
                    if (link == null || link.id() != id) {
                        link = link(rows);
                    }
                    if (rows.getObject("position") != null) {
                        seen.add(new ChainLink.Seen(rows.getInt("position"), rows.getObject("need_id", Long.class),
                                rows.getString("category"), rows.getString("level")));
                    }
                }
                if (link != null) {
                    each.accept(withSeen(link, seen));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail's hash chain", e);
        }
    }

    private static ChainLink link(ResultSet row) throws SQLException {
        return new ChainLink(row.getLong("chain_seq"), row.getLong("id"), fixedWidth(row, "hash"),
                fixedWidth(row, "previous_hash"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_subject"), row.getString("actor_username"), row.getString("actor_roles"),
                row.getString("action"), row.getString("record_type"), row.getObject("record_id", Long.class),
                row.getObject("student_id", Long.class), row.getString("outcome"), row.getString("reason"),
                row.getString("organisation"), row.getString("student_view"), List.of(),
                List.of((Long[]) row.getArray("listed").getArray()), row.getObject("report_from_year") == null ? null
                : new ChainLink.Report(row.getString("report_site"), row.getString("report_team"),
                        row.getInt("report_from_year"), row.getInt("report_to_year")),
                fixedWidth(row, "content_digest"), row.getBoolean("erased"));
    }

    /** A CHAR column's value as text: without the blanks that pad it ("genesis" in a CHAR(64)). */
    private static String fixedWidth(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : value.stripTrailing();
    }

    private static ChainLink withSeen(ChainLink link, List<ChainLink.Seen> seen) {
        return new ChainLink(link.chainSeq(), link.id(), link.hash(), link.previousHash(), link.occurredAt(),
                link.actorSubject(), link.actorUsername(), link.actorRoles(), link.action(), link.recordType(),
                link.recordId(), link.studentId(), link.outcome(), link.reason(), link.organisation(),
                link.studentView(), seen, link.listed(), link.report(), link.contentDigest(), link.erased());
    }

    /** The events with what each saw, read in one more query for the whole page (not one per event). */
    private static List<AuditEvent> withSeen(TypedQuery<AuditEvent> query) {
        List<AuditEvent> events = query.setHint("eclipselink.batch", "e.seenNeeds")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        events.forEach(AuditEvent::getSeenNeeds);
        return events;
    }

    private <T> TypedQuery<T> query(AuditSearch search, Class<T> type, String select) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (search.studentId() != null) {
            conditions.add(ABOUT_STUDENT);
            parameters.put("student", search.studentId());
        }
        if (search.username() != null && !search.username().isBlank()) {
            conditions.add("e.actorUsername = :username");
            parameters.put("username", search.username().strip());
        }
        if (search.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", search.to());
        }
        if (search.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", search.action());
        }
        TypedQuery<T> typed = em.createQuery("SELECT " + select + " FROM AuditEvent e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + (type == Long.class ? "" : " ORDER BY e.occurredAt DESC, e.id DESC"), type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
