package dk.brobygger.domain.task;

/** What a task is about. */
public enum TaskKind {
    /** From a transition offer in the catalogue, tied to a placement period's dates. */
    TRANSITION,
    /** A mentor flagged a session for the contact person to follow up on. */
    MENTOR_FOLLOW_UP
}
