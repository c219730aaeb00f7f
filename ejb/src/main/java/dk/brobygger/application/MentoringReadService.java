package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.mentoring.MentorSessions;
import dk.brobygger.security.AccessPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
    private MentorSessions sessions;

    /** The student's mentoring as the caller may see it now (see the class comment). */
    public MentoringView mentoringOf(long studentId) {
        return gate.run(AuditEntry.of(AuditAction.VIEW_SESSIONS, SessionLogService.RECORD, null, studentId), act -> {
            AccessPolicy.SessionsView reads = AccessPolicy.sessionsView(act.caller(), act.relationship());
            boolean self = reads == AccessPolicy.SessionsView.DATES_AND_TOPICS;
            boolean contact = reads == AccessPolicy.SessionsView.SHARED_SUMMARIES;
            Long onlyMentor = reads == AccessPolicy.SessionsView.OWN_LOGS ? act.caller().profileId() : null;
            LocalDate today = LocalDate.now(clock);
            List<MentoringView.Mentorship> mentorships = sessions.mentorshipsOf(studentId, today).stream()
                    .filter(m -> onlyMentor == null || m.assignment().getPerson().getId().equals(onlyMentor))
                    .map(m -> new MentoringView.Mentorship(m.assignment().getPerson().getDisplayName(),
                            m.assignment().getMentorType(), m.assignment().getCadence(), m.assignment().getValidTo(),
                            m.lastSession(), MentoringRecords.overdue(m.assignment(), m.lastSession(), today)))
                    .toList();
            List<MentoringView.Session> lines = sessions.latestOf(studentId, onlyMentor, SESSIONS_SHOWN).stream()
                    .map(s -> new MentoringView.Session(s.heldOn(), s.mentorName(), s.format(),
                            self ? null : s.minutes(), s.topics(),
                            self || contact && !s.summaryShared() ? null : s.summary(),
                            !self && s.followUpMessage() != null)).toList();
            act.detail(lines.size() + " sessions, " + reads);
            return new MentoringView(mentorships, lines);
        });
    }
}
