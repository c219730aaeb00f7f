package dk.brobygger.domain.access;

/** How much of a student record a caller may see. */
public enum StudentView {
    /** The whole record: the education leader, the student's contact person, the student. */
    FULL,
    /** Name, programme, the placement period and the contact person: a training supervisor. */
    PLACEMENT,
    /** Name, programme, team and the contact person: a mentor. */
    MENTORING
}
