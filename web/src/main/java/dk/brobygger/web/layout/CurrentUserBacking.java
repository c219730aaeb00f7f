package dk.brobygger.web.layout;

import dk.brobygger.application.ProfileService;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.access.Role;
import dk.brobygger.web.security.Area;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** Who is signed in, for the page header and the navigation. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private SecurityContext security;

    @EJB
    private ProfileService profiles;

    private String displayName;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The name from the person's profile, or their username before the profile exists. */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            Principal caller = security.getCallerPrincipal();
            displayName = profiles.current().map(UserProfile::getDisplayName).orElse(caller.getName());
        }
        return displayName;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.realmName())).toList();
    }

    public List<Area> getAreas() {
        return Area.forRoles(getRoles());
    }
}
