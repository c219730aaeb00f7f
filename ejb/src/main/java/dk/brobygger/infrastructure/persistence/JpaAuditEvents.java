package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.audit.AuditEvents;
import dk.brobygger.domain.audit.AuditSearch;
import dk.brobygger.domain.student.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the audit trail (AuditTrail writes it); the hash chain is checked in the database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaAuditEvents implements AuditEvents {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Page<AuditEvent> search(AuditSearch search, int first, int size) {
        List<AuditEvent> rows = withSeen(query(search, AuditEvent.class, "e").setFirstResult(first)
                .setMaxResults(size));
        return new Page<>(rows, count(search));
    }

    @Override
    public long count(AuditSearch search) {
        return query(search, Long.class, "COUNT(e)").getSingleResult();
    }

    @Override
    public List<AuditEvent> all(AuditSearch search) {
        return withSeen(query(search, AuditEvent.class, "e"));
    }

    @Override
    public Page<AuditEvent> byOthersAbout(long studentId, String subject, int first, int size) {
        // the application's own events have no subject
        String where = " FROM AuditEvent e WHERE e.studentId = :student"
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
    public long sealed() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event"
                + " WHERE chain_seq IS NOT NULL").getSingleResult()).longValue();
    }

    @Override
    public long unsealed() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event"
                + " WHERE chain_seq IS NULL").getSingleResult()).longValue();
    }

    @Override
    public Optional<String> lastHash() {
        return Optional.ofNullable((String) em.createNativeQuery("SELECT hash FROM audit_event"
                + " WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1").getResultStream().findFirst()
                .orElse(null));
    }

    @Override
    public Optional<ChainBreak> firstBreak() {
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
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        Object[] firstBroken = broken.get(0);
        return Optional.of(new ChainBreak(((Number) firstBroken[0]).longValue(),
                ((Number) firstBroken[1]).longValue(), (String) firstBroken[2]));
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
            conditions.add("e.studentId = :student");
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
