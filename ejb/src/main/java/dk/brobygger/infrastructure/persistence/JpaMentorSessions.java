package dk.brobygger.infrastructure.persistence;

import static dk.brobygger.infrastructure.persistence.JpaAssignments.CURRENT;

import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.mentoring.MentorSession;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.mentoring.SessionFormat;
import dk.brobygger.domain.mentoring.SessionTopic;
import dk.brobygger.domain.profile.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaMentorSessions implements MentorSessions {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(MentorSession session) {
        em.persist(session);
    }

    @Override
    public Map<Long, Map<Long, LocalDate>> lastWithCurrentMentees(Collection<UserProfile> mentors, LocalDate day) {
        Map<Long, Map<Long, LocalDate>> last = new HashMap<>();
        em.createQuery("SELECT s.mentor.id, st.id, MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE s.mentor IN :people AND EXISTS (SELECT a FROM Assignment a"
                        + " WHERE a.person = s.mentor AND a.student = st" + CURRENT + ")"
                        + " GROUP BY s.mentor.id, st.id", Object[].class)
                .setParameter("people", mentors)
                .setParameter("kind", AssignmentKind.MENTOR).setParameter("day", day).getResultStream()
                .forEach(r -> last.computeIfAbsent((Long) r[0], mentor -> new HashMap<>())
                        .put((Long) r[1], (LocalDate) r[2]));
        return last;
    }

    @Override
    public Map<Long, Long> countsByMentorAfter(LocalDate since) {
        return em.createQuery("SELECT s.mentor.id, COUNT(s) FROM MentorSession s"
                        + " WHERE s.heldOn > :since GROUP BY s.mentor.id", Object[].class)
                .setParameter("since", since).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public Map<Long, LocalDate> lastByMentor(long studentId, Collection<Long> mentorProfileIds) {
        if (mentorProfileIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.mentor.id, MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE st.id = :student AND s.mentor.id IN :mentors GROUP BY s.mentor.id", Object[].class)
                .setParameter("student", studentId).setParameter("mentors", mentorProfileIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
    }

    @Override
    public Map<Long, LocalDate> lastByStudent(long mentorProfileId, Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT st.id, MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE s.mentor.id = :mentor AND st.id IN :ids GROUP BY st.id", Object[].class)
                .setParameter("mentor", mentorProfileId).setParameter("ids", studentIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
    }

    @Override
    public List<SessionColumns> latestOf(long studentId, Long onlyMentorProfileId, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT s.id, s.heldOn, s.mentor.displayName, s.format,"
                        + " s.durationMinutes, s.summary, s.summaryShared, s.followUpMessage"
                        + " FROM MentorSession s JOIN s.attendees st"
                        + " WHERE st.id = :student" + (onlyMentorProfileId == null ? "" : " AND s.mentor.id = :mentor")
                        + " ORDER BY s.heldOn DESC, s.id DESC", Object[].class)
                .setParameter("student", studentId).setMaxResults(max);
        if (onlyMentorProfileId != null) {
            query.setParameter("mentor", onlyMentorProfileId);
        }
        return query.getResultList().stream().map(s -> new SessionColumns((Long) s[0], (LocalDate) s[1],
                (String) s[2], (SessionFormat) s[3], (Integer) s[4], (String) s[5], (Boolean) s[6], (String) s[7]))
                .toList();
    }

    @Override
    public Map<Long, List<SessionTopic>> topicsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.id, t FROM MentorSession s JOIN s.topics t WHERE s.id IN :ids",
                        Object[].class)
                .setParameter("ids", sessionIds).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (SessionTopic) r[1], Collectors.toList())));
    }
}
