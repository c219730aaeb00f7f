package dk.brobygger.application;

import dk.brobygger.domain.profile.UserProfile;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Who the signed-in person is in Brobygger, for the length of their session: the profile their Keycloak subject
 * was found under at sign-in. It says who the caller is, never what they may do: relationships and decisions are
 * read at every request (docs/architecture.md).
 */
@SessionScoped
public class SignedInAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private Long profileId;

    /** The profile kept for this subject, or null when none is kept for it (another subject, or none yet). */
    Long profileIdOf(String signedInSubject) {
        return signedInSubject != null && signedInSubject.equals(subject) ? profileId : null;
    }

    void remember(UserProfile profile) {
        subject = profile.getSubject();
        profileId = profile.getId();
    }
}
