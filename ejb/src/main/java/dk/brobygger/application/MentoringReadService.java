package dk.brobygger.application;

import static dk.brobygger.application.MentoringRecords.CURRENT;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.SessionFormat;
import dk.brobygger.domain.mentoring.SessionTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A student's mentoring as the reader may see it (recommendations 6.1 and 6.2 of the analysis). A mentor reads
 * only their own logs; the contact person reads sessions of their students, summaries only where the mentor shared
 * them; the student reads dates and topics; the education leader reads counts (in {@link MentorCorpsService}).
 */
@Stateless
@Gated
@RolesAllowed({Role.MENTOR_NAME, Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME, Role.EDUCATION_LEADER_NAME,
    Role.TRAINING_SUPERVISOR_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class MentoringReadService {

    /** How many of a student's latest sessions their page shows. */
    static final int SESSIONS_SHOWN = 50;

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The student's mentoring as the caller may see it now (see the class comment). */
    public MentoringView mentoringOf(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_SESSIONS, SessionLogService.RECORD, null, studentId), act -> {
            Caller caller = act.caller();
            Relationship relationship = act.relationship();
            boolean self = caller.has(Role.STUDENT) && relationship.self();
            boolean contact = caller.has(Role.CONTACT_PERSON) && relationship.contactPerson();
            Long onlyMentor = contact || self ? null : caller.profileId();
            LocalDate today = LocalDate.now(clock);
            List<Assignment> mentors = em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.person"
                            + " WHERE a.student.id = :student" + CURRENT + " ORDER BY a.validFrom", Assignment.class)
                    .setParameter("student", studentId).setParameter("kind", AssignmentKind.MENTOR)
                    .setParameter("day", today).getResultStream()
                    .filter(a -> onlyMentor == null || a.getPerson().getId().equals(onlyMentor)).toList();
            Map<Long, LocalDate> last = lastSessions(studentId,
                    mentors.stream().map(a -> a.getPerson().getId()).distinct().toList());
            List<MentoringView.Mentorship> mentorships = mentors.stream().map(a -> {
                LocalDate lastSession = last.get(a.getPerson().getId());
                return new MentoringView.Mentorship(a.getPerson().getDisplayName(), a.getMentorType(),
                        a.getCadence(), a.getValidTo(), lastSession,
                        MentoringRecords.overdue(a, lastSession, today));
            }).toList();
            // the columns shown, not the sessions: a session's mentor and cluster would each be read on their own
            TypedQuery<Object[]> query = em.createQuery("SELECT s.id, s.heldOn, s.mentor.displayName, s.format,"
                            + " s.durationMinutes, s.summary, s.summaryShared, s.followUpMessage"
                            + " FROM MentorSession s JOIN s.attendees st"
                            + " WHERE st.id = :student" + (onlyMentor == null ? "" : " AND s.mentor.id = :mentor")
                            + " ORDER BY s.heldOn DESC, s.id DESC", Object[].class)
                    .setParameter("student", studentId).setMaxResults(SESSIONS_SHOWN);
            if (onlyMentor != null) {
                query.setParameter("mentor", onlyMentor);
            }
            List<Object[]> sessions = query.getResultList();
            Map<Long, List<SessionTopic>> topics = topics(sessions.stream().map(s -> (Long) s[0]).toList());
            List<MentoringView.Session> lines = sessions.stream().map(s -> new MentoringView.Session(
                    (LocalDate) s[1], (String) s[2], (SessionFormat) s[3], self ? null : (Integer) s[4],
                    topics.getOrDefault((Long) s[0], List.of()).stream().sorted().toList(),
                    self || contact && !(Boolean) s[6] ? null : (String) s[5],
                    !self && s[7] != null)).toList();
            act.detail(lines.size() + " sessions"
                    + (self ? ", dates and topics" : contact ? ", shared summaries" : ", own logs"));
            return new MentoringView(mentorships, lines);
        });
    }

    /** When each of these mentors last met the student: one query for them all. */
    private Map<Long, LocalDate> lastSessions(long studentId, Collection<Long> mentorProfileIds) {
        if (mentorProfileIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.mentor.id, MAX(s.heldOn) FROM MentorSession s JOIN s.attendees st"
                        + " WHERE st.id = :student AND s.mentor.id IN :mentors GROUP BY s.mentor.id", Object[].class)
                .setParameter("student", studentId).setParameter("mentors", mentorProfileIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
    }

    /** The topics of these sessions: one query for them all, where each session's own would be one for each. */
    private Map<Long, List<SessionTopic>> topics(Collection<Long> sessionIds) {
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
