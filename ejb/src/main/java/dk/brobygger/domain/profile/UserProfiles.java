package dk.brobygger.domain.profile;

import dk.brobygger.domain.student.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored profiles. */
public interface UserProfiles {

    Optional<UserProfile> byId(long id);

    Optional<UserProfile> bySubject(String subject);

    Optional<UserProfile> byUsername(String username);

    /**
     * The profiles with this subject or this username, locked until the transaction ends: two sign-ins of one
     * person at the same moment record themselves one after the other.
     */
    List<UserProfile> lockedForSignIn(String subject, String username);

    /** The profiles of these Keycloak subjects, in one query (none for none). */
    List<UserProfile> bySubjects(Collection<String> subjects);

    /** Everyone the school knows, by name, one page. */
    Page<UserProfile> everyone(int first, int size);

    void add(UserProfile profile);
}
