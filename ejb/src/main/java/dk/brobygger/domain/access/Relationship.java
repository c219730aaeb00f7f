package dk.brobygger.domain.access;

/**
 * How a caller stands to one student on the day of a request, read from the database at that moment:
 * a current contact-person or mentor assignment, a current or upcoming placement period where the caller is a
 * supervisor, an ended period they supervised (which keeps their access to its training plan), a period they were
 * taken off (which keeps their read access to its plan), or being the student.
 */
public record Relationship(boolean contactPerson, boolean mentor, boolean supervisor, boolean supervisedBefore,
                           boolean takenOff, boolean self) {

    public static final Relationship NONE = new Relationship(false, false, false, false, false, false);
}
