package dk.brobygger.application;

import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.mentoring.SessionFormat;
import dk.brobygger.domain.mentoring.SessionTopic;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's mentoring as the reader may see it: their current mentors with cadence and whether a session is
 * overdue, and the sessions. The student sees dates and topics; the contact person also summaries the mentor
 * shared; a mentor only their own sessions, whole.
 */
public record MentoringView(List<Mentorship> mentorships, List<Session> sessions) implements Serializable {

    /** A current mentor of the student. */
    public record Mentorship(String mentor, MentorType type, Cadence cadence, LocalDate until,
                             LocalDate lastSession, boolean overdue) implements Serializable {
    }

    /**
     * One session. {@code minutes} and {@code summary} are null where the reader may not see them.
     */
    public record Session(LocalDate heldOn, String mentor, SessionFormat format, Integer minutes,
                          List<SessionTopic> topics, String summary, boolean followUp) implements Serializable {
    }
}
