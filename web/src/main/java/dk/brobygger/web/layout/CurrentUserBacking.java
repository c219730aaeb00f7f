package dk.brobygger.web.layout;

import dk.brobygger.domain.access.Role;
import dk.brobygger.web.security.Area;
import dk.brobygger.web.security.LogoutToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;

/** Who is signed in, for the page header and the navigation. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private SecurityContext security;

    @Inject
    private OpenIdContext openId;

    private String displayName;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The name in the person's identity token, or their username when the token has none. */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = openId.getClaims().getName().orElse(security.getCallerPrincipal().getName());
        }
        return displayName;
    }

    /** The token the sign-out form carries (LogoutToken). */
    public String getLogoutToken() {
        return LogoutToken.of((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.realmName())).toList();
    }

    public List<Area> getAreas() {
        return Area.forRoles(getRoles());
    }
}
