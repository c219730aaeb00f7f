package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskStatus;
import dk.brobygger.domain.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    @Inject
    private Gate gate;

    @Inject
    private Clock clock;

    @Inject
    private Tasks tasks;

    public Page<TaskLine> mine(Tasks.Which show, int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.READ_TASKS, RECORD, null, null), act -> {
            LocalDate today = LocalDate.now(clock);
            long me = act.caller().profileId() == null ? -1L : act.caller().profileId();
            Page<Task> page = tasks.ofContactPerson(me, show, today, from, rows);
            List<TaskLine> lines = page.rows().stream().map(t -> TaskLine.of(t, today)).toList();
            act.shown(lines.stream().map(TaskLine::studentId).distinct().toList()).detail("task list " + show);
            return new Page<>(lines, page.total());
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
        return tasks.byId(taskId);
    }
}
