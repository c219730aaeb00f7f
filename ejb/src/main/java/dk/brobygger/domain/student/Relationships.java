package dk.brobygger.domain.student;

import dk.brobygger.security.Caller;
import dk.brobygger.security.Relationship;
import java.time.LocalDate;

/** Reads how a caller stands to a student on a given day. */
public interface Relationships {

    Relationship between(Caller caller, long studentId, LocalDate day);
}
