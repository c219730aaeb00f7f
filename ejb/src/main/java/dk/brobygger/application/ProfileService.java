package dk.brobygger.application;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the application's profile of each signed-in person, keyed by the Keycloak subject.
 * Open to every signed-in person, also one without any of the application's roles.
 */
@Stateless
@PermitAll
public class ProfileService {

    @Inject
    private UserProfiles profiles;

    @Inject
    private OpenIdContext openId;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    @Inject
    private RequestAccess access;

    /** Creates or refreshes the caller's profile from their identity token. Called once per sign-in. */
    public UserProfile recordSignIn() {
        String subject = callerSubject();
        OpenIdClaims claims = openId.getClaims();
        String username = claims.getPreferredUsername().orElse(subject);
        String name = claims.getName().orElse(null);
        String email = claims.getEmail().orElse(null);
        Instant now = clock.instant();
        UserProfile profile = profiles.bySubject(subject).or(() -> profiles.byUsername(username)).orElse(null);
        if (profile == null) {
            profile = new UserProfile(subject, username, name, email, now);
            profiles.add(profile);
        } else {
            profile.signedIn(subject, username, name, email, now);
        }
        access.forget();
        return profile;
    }

    /** The caller's profile, if the school registered them or they have signed in before (read once a request). */
    public Optional<UserProfile> current() {
        return access.profile();
    }

    private String callerSubject() {
        if (security.getCallerPrincipal() == null) {
            throw new EJBAccessException("Not signed in");
        }
        return openId.getSubject();
    }
}
