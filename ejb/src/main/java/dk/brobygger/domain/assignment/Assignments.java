package dk.brobygger.domain.assignment;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Student;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stored assignments (a student's assignments and contact persons are read through {@code Students}).
 * "Current" is a mentor assignment in force on the day.
 */
public interface Assignments {

    Optional<Assignment> byId(long id);

    void add(Assignment assignment);

    /** The current mentor assignments of these mentors, with their students, in one query. */
    List<Assignment> currentMenteesOf(Collection<UserProfile> mentors, LocalDate day);

    /** One page of the mentor's current mentor assignments, with student and mentor, by the student's name. */
    Page<Assignment> currentMenteesOf(long mentorProfileId, LocalDate day, int first, int size);

    /** The ids among these students who are the mentor's current mentees, in one query. */
    List<Long> currentMenteeIds(long mentorProfileId, Collection<Long> studentIds, LocalDate day);

    /** Whether the student is a current peer mentee of this mentor. */
    boolean isPeerMentee(Student student, UserProfile mentor, LocalDate day);

    /** The student's current mentor assignments with their mentors, earliest first. */
    List<Assignment> currentMentorsOf(long studentId, LocalDate day);
}
