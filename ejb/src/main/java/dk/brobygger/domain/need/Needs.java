package dk.brobygger.domain.need;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored needs of the students. */
public interface Needs {

    Optional<Need> byId(long id);

    /** The needs with these ids, in one query (those that do not exist are left out). */
    List<Need> byIds(Collection<Long> ids);

    /** All of the student's needs, by status, category and id (as the student and contact person see them). */
    List<Need> of(long studentId);

    /** The student's active needs, by category and id. */
    List<Need> activeOf(long studentId);

    void add(Need need);
}
