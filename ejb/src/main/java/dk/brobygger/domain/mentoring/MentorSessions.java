package dk.brobygger.domain.mentoring;

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

    /** When each of these mentors (profile ids) last met the student, in one query. */
    Map<Long, LocalDate> lastByMentor(long studentId, Collection<Long> mentorProfileIds);

    /** When the mentor last met each of these students (by student id), in one query. */
    Map<Long, LocalDate> lastByStudent(long mentorProfileId, Collection<Long> studentIds);

    /**
     * The student's latest sessions, newest first, at most {@code max}; only the mentor's own when
     * {@code onlyMentorProfileId} is not null. The columns shown, not the sessions (whose mentor and cluster would
     * each be read on their own).
     */
    List<SessionColumns> latestOf(long studentId, Long onlyMentorProfileId, int max);

    /** The topics of these sessions, by session id, in one query. */
    Map<Long, List<SessionTopic>> topicsOf(Collection<Long> sessionIds);

    /** A session's columns as the student's mentoring page shows them. */
    record SessionColumns(Long id, LocalDate heldOn, String mentorName, SessionFormat format, Integer minutes,
                          String summary, Boolean summaryShared, String followUpMessage) {
    }
}
