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
import org.eclipse.microprofile.jwt.JsonWebToken;

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
        Optional<UserProfile> profile = record(subject, claims.getPreferredUsername().orElse(subject),
                claims.getName().orElse(null), claims.getEmail().orElse(null));
        profile.ifPresent(access::signedIn);
        return profile.isPresent();
    }

    /**
     * The same for a person's first request with a bearer token of the API (docs/api.md): the token is the realm's
     * word for who they are, as the identity token of a sign-in is.
     */
    public boolean recordTokenUse() {
        if (!(security.getCallerPrincipal() instanceof JsonWebToken token)) {
            throw new EJBAccessException("No bearer token");
        }
        String subject = token.getSubject();
        Optional<UserProfile> profile = record(subject, Optional.ofNullable(token.<String>getClaim(
                "preferred_username")).orElse(subject), token.getClaim("name"), token.getClaim("email"));
        // a token's request keeps no session: the profile is read again by its subject
        access.forget();
        return profile.isPresent();
    }

    private Optional<UserProfile> record(String subject, String username, String name, String email) {
        Instant now = clock.instant();
        List<UserProfile> locked = profiles.lockedForSignIn(subject, username);
        Optional<UserProfile> mine = locked.stream().filter(p -> subject.equals(p.getSubject())).findFirst();
        Optional<UserProfile> named = locked.stream().filter(p -> username.equals(p.getUsername())).findFirst();
        Optional<UserProfile> other = named.filter(p -> mine.isPresent() ? !p.equals(mine.get())
                : p.getSubject() != null);
        if (other.isPresent()) {
            gate.refused(AuditEntry.of(AuditAction.SIGN_IN, PeopleService.RECORD, other.get().getId(), null),
                    "the username belongs to the profile of another Keycloak account");
            return Optional.empty();
        }
        UserProfile profile = mine.or(() -> named).orElse(null);
        if (profile == null) {
            profile = new UserProfile(subject, username, name, email, now);
            profiles.add(profile);
        } else {
            profile.signedIn(subject, username, name, email, now);
        }
        return Optional.of(profile);
    }

    private String callerSubject() {
        if (security.getCallerPrincipal() == null) {
            throw new EJBAccessException("Not signed in");
        }
        return openId.getSubject();
    }
}
