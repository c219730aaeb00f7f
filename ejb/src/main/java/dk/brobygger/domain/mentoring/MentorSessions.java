package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.profile.UserProfile;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The stored session logs. */
public interface MentorSessions {

    void add(MentorSession session);

    /**
     * When each of these mentors last met each of their current mentees (on {@code day}), by mentor profile id and
     * student id, in one query for them all.
     */
    Map<Long, Map<Long, LocalDate>> lastWithCurrentMentees(Collection<UserProfile> mentors, LocalDate day);

    /** How many sessions each mentor (by profile id) has held after {@code since}. */
    Map<Long, Long> countsByMentorAfter(LocalDate since);

    /** The student's mentors in force on {@code day}, each with when they last met the student, in one query. */
    List<Mentorship> mentorshipsOf(long studentId, LocalDate day);

    /** When the mentor last met each of these students (by student id), in one query. */
    Map<Long, LocalDate> lastByStudent(long mentorProfileId, Collection<Long> studentIds);

    /**
     * The student's latest sessions, newest first, at most {@code max}; only the mentor's own when
     * {@code onlyMentorProfileId} is not null, with their topics, in one query. The columns shown, not the sessions
     * (whose mentor, cluster and topics would each be read on their own).
     */
    List<SessionColumns> latestOf(long studentId, Long onlyMentorProfileId, int max);

    /** A mentor's assignment to a student and the day they last met, if they have. */
    record Mentorship(Assignment assignment, LocalDate lastSession) {
    }

    /** A session's columns as the student's mentoring page shows them; shared means shared about this student. */
    record SessionColumns(long id, LocalDate heldOn, String mentorName, SessionFormat format, int minutes,
                          String summary, boolean summaryShared, String followUpMessage, List<SessionTopic> topics) {
    }
}
