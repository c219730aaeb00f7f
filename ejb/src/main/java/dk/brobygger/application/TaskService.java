package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contact person's tasks across the students they are the contact person of today: a task belongs to the
 * student, so it follows the student to a new contact person. Listed and paged in the database.
 */
@Stateless
@Gated
@RolesAllowed(Role.CONTACT_PERSON_NAME)
public class TaskService {

    private static final String RECORD = "Task";

    /** Which tasks to list. */
    public enum Show {
        /** Open tasks, the earliest due first (overdue ones on top). */
        OPEN,
        /** Open tasks whose date has passed. */
        OVERDUE,
        /** Done and cancelled tasks, the latest first. */
        CLOSED
    }

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    public Page<TaskLine> mine(Show show, int first, int size) {
        return gate.run(AuditEntry.of(AuditAction.READ_TASKS, RECORD, null, null), act -> {
            LocalDate today = LocalDate.now(clock);
            String where = " WHERE EXISTS (SELECT a FROM Assignment a WHERE a.student = t.student AND a.person.id = :me"
                    + " AND a.kind = :kind AND " + Assignment.validOnJpql("a", ":day") + ")"
                    + switch (show) {
                        case OPEN -> " AND t.status = :open";
                        case OVERDUE -> " AND t.status = :open AND t.dueOn < :day";
                        case CLOSED -> " AND t.status <> :open";
                    };
            TypedQuery<Task> rows = em.createQuery("SELECT t FROM Task t JOIN FETCH t.student LEFT JOIN FETCH t.offer"
                    + where + (show == Show.CLOSED ? " ORDER BY t.closedAt DESC, t.id" : " ORDER BY t.dueOn, t.id"),
                    Task.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Task t" + where, Long.class);
            long me = act.caller().profileId() == null ? -1L : act.caller().profileId();
            for (TypedQuery<?> query : List.of(rows, count)) {
                query.setParameter("me", me)
                        .setParameter("kind", AssignmentKind.CONTACT_PERSON).setParameter("day", today)
                        .setParameter("open", TaskStatus.OPEN);
            }
            List<TaskLine> lines = rows.setFirstResult(first).setMaxResults(size).getResultStream()
                    .map(t -> TaskLine.of(t, today)).toList();
            act.shown(lines.stream().map(TaskLine::studentId).distinct().toList()).detail("task list " + show);
            return new Page<>(lines, count.getSingleResult());
        });
    }

    /**
     * One task, to mark it done. Audited as reading it; the caller must be one who may complete it (the student's
     * current contact person).
     */
    public TaskLine task(long taskId) {
        return gate.run(AuditEntry.of(AuditAction.READ_TASKS, RECORD, taskId, null), existing(taskId),
                t -> t.getStudent().getId(), (act, task) -> {
                    act.require(AuditAction.COMPLETE_TASK).detail("task");
                    return TaskLine.of(task, LocalDate.now(clock));
                });
    }

    /** Marks a task done with a note of what was done; refused if someone closed or moved it since. */
    public void done(long taskId, long version, String note) {
        gate.run(AuditEntry.of(AuditAction.COMPLETE_TASK, RECORD, taskId, null), existing(taskId),
                t -> t.getStudent().getId(), (act, task) -> {
                    if (task.getVersion() != version) {
                        throw new ConcurrentChangeException();
                    }
                    if (note == null || note.isBlank()) {
                        throw new InvalidInputException("note", "task.note.required");
                    }
                    if (task.getStatus() != TaskStatus.OPEN) {
                        throw new InvalidInputException(null, "task.closed");
                    }
                    task.done(act.caller().username(), clock.instant(), note);
                    act.detail("done");
                    return task;
                });
    }

    private Optional<Task> existing(long taskId) {
        return Optional.ofNullable(em.find(Task.class, taskId));
    }
}
