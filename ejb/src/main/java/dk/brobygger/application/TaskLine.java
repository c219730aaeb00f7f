package dk.brobygger.application;

import dk.brobygger.domain.task.Task;
import dk.brobygger.domain.task.TaskKind;
import dk.brobygger.domain.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A task as the contact person's list shows it; the title is the offer's name in Danish and English. */
public record TaskLine(long id, long version, long studentId, String studentName, TaskKind kind, String titleDa,
                       String titleEn, String periodCode, LocalDate dueOn, boolean overdue, TaskStatus status,
                       String note, String closedBy, Instant closedAt) {

    static TaskLine of(Task task, LocalDate today) {
        return new TaskLine(task.getId(), task.getVersion(), task.getStudent().getId(),
                task.getStudent().getFullName(), task.getKind(), task.getOffer().name("da"),
                task.getOffer().name("en"), task.getPeriodCode(), task.getDueOn(), task.overdueOn(today),
                task.getStatus(), task.getNote(), task.getClosedBy(), task.getClosedAt());
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleDa;
    }
}
