package dk.brobygger.domain.mentoring;

import dk.brobygger.domain.profile.UserProfile;
import java.util.List;
import java.util.Optional;

/** The stored mentor corps. */
public interface Mentors {

    Optional<Mentor> byId(long id);

    /** The whole corps with each mentor's person and (a peer's) student, by the person's name, in one query. */
    List<Mentor> corps();

    /** Whether the person is in the corps already. */
    boolean includes(UserProfile person);

    void add(Mentor mentor);
}
