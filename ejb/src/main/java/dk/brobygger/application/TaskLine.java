package dk.brobygger.application;

import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskKind;
import dk.brobygger.domain.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task as the contact person's list shows it: a transition task has its offer's name in Danish and English, a
 * mentor's follow-up the mentor's name and message.
 */
public record TaskLine(long id, long version, long studentId, String studentName, TaskKind kind, String offerDa,
                       String offerEn, String periodCode, String mentor, String message, LocalDate dueOn,
                       boolean overdue, TaskStatus status, String note, String closedBy, Instant closedAt) {

    static TaskLine of(Task task, LocalDate today) {
        boolean transition = task.getOffer() != null;
        return new TaskLine(task.getId(), task.getVersion(), task.getStudent().getId(),
                task.getStudent().getFullName(), task.getKind(), transition ? task.getOffer().name("da") : null,
                transition ? task.getOffer().name("en") : null, task.getPeriodCode(),
                task.getSession() == null ? null : task.getSession().getMentor().getDisplayName(), task.getMessage(),
                task.getDueOn(), task.overdueOn(today), task.getStatus(), task.getNote(), task.getClosedBy(),
                task.getClosedAt());
    }

    /** The offer's name in the reader's language, for a transition task. */
    public String offer(String language) {
        return "en".equals(language) ? offerEn : offerDa;
    }
}
