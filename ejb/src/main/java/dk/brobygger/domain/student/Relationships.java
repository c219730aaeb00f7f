package dk.brobygger.domain.student;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import java.time.LocalDate;
import java.util.Optional;

/** Reads how a caller stands to a student on a given day. */
public interface Relationships {

    /** How the caller stands to the student, or nothing when there is no such student: one query. */
    Optional<Relationship> between(Caller caller, long studentId, LocalDate day);
}
