package dk.brobygger.domain.need;

import java.util.List;
import java.util.Optional;

/** The stored needs of the students. */
public interface Needs {

    Optional<Need> byId(long id);

    /** All of the student's needs, by status, category and id (as the student and contact person see them). */
    List<Need> of(long studentId);

    /** The student's active needs, by category and id. */
    List<Need> activeOf(long studentId);

    void add(Need need);
}
