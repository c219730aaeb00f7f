package dk.brobygger.application;

import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
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
import java.util.List;
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

    @Inject
    private Gate gate;

    /**
     * Creates or refreshes the caller's profile from their identity token, keyed by their Keycloak subject. Called
     * once per sign-in; sign-ins of one person at the same moment wait for each other on the profile's lock. A
     * username that already belongs to the profile of another subject (an account renamed, or deleted and made
     * again) is refused and audited, never taken over: the person is told to contact the school.
     *
     * @return whether the sign-in was recorded; false when it was refused
     */
    public boolean recordSignIn() {
        String subject = callerSubject();
        OpenIdClaims claims = openId.getClaims();
        String username = claims.getPreferredUsername().orElse(subject);
        Instant now = clock.instant();
        List<UserProfile> locked = profiles.lockedForSignIn(subject, username);
        Optional<UserProfile> mine = locked.stream().filter(p -> subject.equals(p.getSubject())).findFirst();
        Optional<UserProfile> named = locked.stream().filter(p -> username.equals(p.getUsername())).findFirst();
        Optional<UserProfile> other = named.filter(p -> mine.isPresent() ? !p.equals(mine.get())
                : p.getSubject() != null);
        if (other.isPresent()) {
            gate.refused(AuditEntry.of(AuditAction.SIGN_IN, PeopleService.RECORD, other.get().getId(), null),
                    "the username belongs to the profile of another Keycloak account");
            return false;
        }
        UserProfile profile = mine.or(() -> named).orElse(null);
        String name = claims.getName().orElse(null);
        String email = claims.getEmail().orElse(null);
        if (profile == null) {
            profile = new UserProfile(subject, username, name, email, now);
            profiles.add(profile);
        } else {
            profile.signedIn(subject, username, name, email, now);
        }
        access.signedIn(profile);
        return true;
    }

    private String callerSubject() {
        if (security.getCallerPrincipal() == null) {
            throw new EJBAccessException("Not signed in");
        }
        return openId.getSubject();
    }
}
