package dk.brobygger.domain.student;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.placement.PlacementPeriod;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored students and what hangs on them. */
public interface Students {

    Optional<Student> byId(long id);

    /**
     * The student with their status history and linked account, and every assignment to them with its person,
     * newest first: read together in one query, for the record's page.
     */
    Optional<WithAssignments> withHistory(long id);

    /** A student and the assignments to them, each with its person read. */
    record WithAssignments(Student student, List<Assignment> assignments) {
    }

    Optional<Student> byNumber(String studentNumber);

    /** The student whose linked account has this profile. */
    Optional<Student> byAccount(long profileId);

    /** The students with these numbers (as stored: upper case), in as few queries as the list allows. */
    List<Student> byNumbers(Collection<String> studentNumbers);

    void add(Student student);

    /** One page, filtered, scoped and sorted (last name, first name) in the database. */
    Page<Student> search(StudentSearch search);

    /** The contact-person assignments in force on {@code day} for these students, in one query. */
    List<Assignment> contactPersons(Collection<Long> studentIds, LocalDate day);

    /** Periods not yet ended on {@code day} for these students, earliest first, in one query. */
    List<PlacementPeriod> currentAndComingPeriods(Collection<Long> studentIds, LocalDate day);

    /** How many open tasks each of these students has, and how many of them are overdue on the day. */
    Map<Long, TaskCount> openTasks(Collection<Long> studentIds, LocalDate day);

    /** A student's open tasks, and how many of them are overdue. */
    record TaskCount(long open, long overdue) {
    }

    /** The ids among these students with an open case, in one query. */
    List<Long> withOpenCase(Collection<Long> studentIds);

    List<PlacementPeriod> periods(long studentId);

    Optional<StudentCase> openCase(long studentId);
}
