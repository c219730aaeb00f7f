package dk.brobygger.domain.student;

/** Which students a list shows: decided by the caller's relationships, in the database. */
public enum StudentScope {
    /** Every student: the education leader's overview. */
    ALL,
    /** Students with a current contact-person assignment to the caller. */
    MY_STUDENTS,
    /** Students with a current or upcoming placement period where the caller is a supervisor. */
    SUPERVISED
}
