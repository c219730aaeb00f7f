package dk.brobygger.domain.task;

import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.student.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored tasks of the contact persons. */
public interface Tasks {

    /** Which of a contact person's tasks to list. */
    enum Which {
        /** Open tasks, the earliest due first. */
        OPEN,
        /** Open tasks due before the day. */
        OVERDUE,
        /** Done and cancelled tasks, the latest closed first. */
        CLOSED
    }

    Optional<Task> byId(long id);

    /**
     * One page of the tasks of the students whose contact person the profile {@code profileId} is on {@code day},
     * with their student and offer; paged in the database.
     */
    Page<Task> ofContactPerson(long profileId, Which which, LocalDate day, int first, int size);

    /** The tasks of a placement period, open and closed. */
    List<Task> ofPeriod(PlacementPeriod period);

    /** Every task about the student, open or closed, by due date. */
    List<Task> about(long studentId);

    void add(Task task);

    /** Writes the changes made so far to the database now (before the period the tasks point to is removed). */
    void flush();
}
