package dk.brobygger.infrastructure.persistence;

import static dk.brobygger.infrastructure.persistence.JpaAssignments.CURRENT;

import dk.brobygger.domain.assignment.Assignment;
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
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
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
    public List<Mentorship> mentorshipsOf(long studentId, LocalDate day) {
        // the mentor's profile is selected with the assignment, so that reading its name needs no query of its own
        return em.createQuery("SELECT a, p, (SELECT MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE st.id = :student AND s.mentor = p) FROM Assignment a JOIN a.person p"
                        + " WHERE a.student.id = :student" + CURRENT + " ORDER BY a.validFrom, a.id", Object[].class)
                .setParameter("student", studentId).setParameter("kind", AssignmentKind.MENTOR)
                .setParameter("day", day).getResultStream()
                // a subselect's value comes as the JDBC type, not converted as a mapped attribute is
                .map(r -> new Mentorship((Assignment) r[0], r[2] == null ? null : ((Date) r[2]).toLocalDate()))
                .toList();
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
        Query query = em.createNativeQuery("""
                        SELECT s.id, s.held_on, p.display_name, s.format, s.duration_minutes, s.summary,
                               EXISTS (SELECT 1 FROM mentor_session_shared_about a
                                       WHERE a.session_id = s.id AND a.student_id = st.student_id),
                               s.follow_up_message,
                               ARRAY(SELECT t.topic FROM mentor_session_topic t WHERE t.session_id = s.id)
                        FROM mentor_session s
                        JOIN mentor_session_attendee st ON st.session_id = s.id
                        JOIN user_profile p ON p.id = s.mentor_profile_id
                        WHERE st.student_id = ?1 %s
                        ORDER BY s.held_on DESC, s.id DESC LIMIT ?3
                        """.formatted(onlyMentorProfileId == null ? "" : "AND s.mentor_profile_id = ?2"))
                .setParameter(1, studentId).setParameter(3, max);
        if (onlyMentorProfileId != null) {
            query.setParameter(2, onlyMentorProfileId);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(s -> new SessionColumns(((Number) s[0]).longValue(),
                ((Date) s[1]).toLocalDate(), (String) s[2], SessionFormat.valueOf((String) s[3]),
                ((Number) s[4]).intValue(), (String) s[5], (Boolean) s[6], (String) s[7], topics(s[8]))).toList();
    }

    /** The topic names of a session, as EclipseLink hands over a PostgreSQL array, in the topics' order. */
    private static List<SessionTopic> topics(Object names) {
        return Arrays.stream((String[]) names).map(SessionTopic::valueOf).sorted().toList();
    }
}
