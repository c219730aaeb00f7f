package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.mentoring.SessionTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    @Inject
    private Assignments assignments;

    @Inject
    private MentorSessions sessions;

    /** The student's mentoring as the caller may see it now (see the class comment). */
    public MentoringView mentoringOf(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_SESSIONS, SessionLogService.RECORD, null, studentId), act -> {
            Caller caller = act.caller();
            Relationship relationship = act.relationship();
            boolean self = caller.has(Role.STUDENT) && relationship.self();
            boolean contact = caller.has(Role.CONTACT_PERSON) && relationship.contactPerson();
            Long onlyMentor = contact || self ? null : caller.profileId();
            LocalDate today = LocalDate.now(clock);
            List<Assignment> mentors = assignments.currentMentorsOf(studentId, today).stream()
                    .filter(a -> onlyMentor == null || a.getPerson().getId().equals(onlyMentor)).toList();
            Map<Long, LocalDate> last = sessions.lastByMentor(studentId,
                    mentors.stream().map(a -> a.getPerson().getId()).distinct().toList());
            List<MentoringView.Mentorship> mentorships = mentors.stream().map(a -> {
                LocalDate lastSession = last.get(a.getPerson().getId());
                return new MentoringView.Mentorship(a.getPerson().getDisplayName(), a.getMentorType(),
                        a.getCadence(), a.getValidTo(), lastSession,
                        MentoringRecords.overdue(a, lastSession, today));
            }).toList();
            // the columns shown, not the sessions: a session's mentor and cluster would each be read on their own
            List<MentorSessions.SessionColumns> latest = sessions.latestOf(studentId, onlyMentor, SESSIONS_SHOWN);
            Map<Long, List<SessionTopic>> topics = sessions.topicsOf(latest.stream()
                    .map(MentorSessions.SessionColumns::id).toList());
            List<MentoringView.Session> lines = latest.stream().map(s -> new MentoringView.Session(
                    s.heldOn(), s.mentorName(), s.format(), self ? null : s.minutes(),
                    topics.getOrDefault(s.id(), List.of()).stream().sorted().toList(),
                    self || contact && !s.summaryShared() ? null : s.summary(),
                    !self && s.followUpMessage() != null)).toList();
            act.detail(lines.size() + " sessions"
                    + (self ? ", dates and topics" : contact ? ", shared summaries" : ", own logs"));
            return new MentoringView(mentorships, lines);
        });
    }
}
