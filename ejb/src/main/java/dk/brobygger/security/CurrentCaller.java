package dk.brobygger.security;

import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The caller of the current request, from the container's security context and their profile. */
@RequestScoped
public class CurrentCaller {

    @Inject
    private SecurityContext security;

    @Inject
    private OpenIdContext openId;

    @Inject
    private UserProfiles profiles;

    /** The signed-in caller; a request without one is refused (and never reaches a service otherwise). */
    public Caller get() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDeniedException("Not signed in");
        }
        String username = principal.getName();
        return new Caller(profiles.byUsername(username).map(UserProfile::getId).orElse(null), username, subject(),
                Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.realmName()))
                        .collect(Collectors.toSet()));
    }

    private String subject() {
        try {
            return openId.getSubject();
        } catch (RuntimeException noOpenIdLogin) {
            return null;
        }
    }
}
