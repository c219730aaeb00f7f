package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.Assignments;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.domain.mentoring.SessionTopic;
import dk.brobygger.security.AccessPolicy;
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
            AccessPolicy.SessionsView reads = AccessPolicy.sessionsView(act.caller(), act.relationship());
            boolean self = reads == AccessPolicy.SessionsView.DATES_AND_TOPICS;
            boolean contact = reads == AccessPolicy.SessionsView.SHARED_SUMMARIES;
            Long onlyMentor = reads == AccessPolicy.SessionsView.OWN_LOGS ? act.caller().profileId() : null;
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
            act.detail(lines.size() + " sessions, " + reads);
            return new MentoringView(mentorships, lines);
        });
    }
}
