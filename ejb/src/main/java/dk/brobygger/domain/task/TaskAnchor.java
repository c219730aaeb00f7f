package dk.brobygger.domain.task;

/** Which date of a placement period a transition task is counted from. */
public enum TaskAnchor {
    START, END
}
