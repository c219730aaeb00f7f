package dk.brobygger.domain.profile;

import java.util.Optional;

/** The stored profiles. */
public interface UserProfiles {

    Optional<UserProfile> bySubject(String subject);

    Optional<UserProfile> byUsername(String username);

    void add(UserProfile profile);
}
