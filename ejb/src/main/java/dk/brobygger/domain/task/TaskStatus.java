package dk.brobygger.domain.task;

/** A task is open until it is done (with a note) or cancelled (its placement period was removed). */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
