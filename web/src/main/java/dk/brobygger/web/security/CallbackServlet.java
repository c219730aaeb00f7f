package dk.brobygger.web.security;

import dk.brobygger.application.ProfileService;
import dk.brobygger.domain.access.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where Keycloak sends the browser after sign-in. The mechanism has validated the tokens by now; this records
 * the sign-in (who, with which roles, and when: {@link SignedInSession}) and sends the person on to their start page with a clean
 * URL. A sign-in the application refuses (a username that belongs to another account,
 * docs/security.md) ends the session at once, and a page says why.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {

    static final String PATH = "/Callback";

    /** The page that tells a refused person to contact the school. */
    static final String REFUSED = "/errors/account.xhtml";

    @EJB
    private ProfileService profiles;

    @Inject
    private OpenIdContext openId;

    @Inject
    private SignedInSession signedIn;

    @Inject
    private Clock clock;

    /**
     * Sign-ins of one person at the same moment (two devices, a double click) wait for each other on the profile's
     * lock; a first sign-in has no profile to lock yet, so all but one fail when they commit, on its unique
     * subject. Each of those records its sign-in again, over the profile the first one made.
     */
    private static final int SIGN_IN_ATTEMPTS = 3;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (recordSignIn()) {
            // a session id someone knew before the sign-in is worth nothing after it
            request.changeSessionId();
            signedIn.record(openId.getSubject(), request.getUserPrincipal().getName(), Arrays.stream(Role.values())
                    .map(Role::realmName).filter(request::isUserInRole).collect(Collectors.toSet()), clock.instant());
            response.sendRedirect(request.getContextPath() + StartServlet.PATH);
            return;
        }
        // the sign-in lives in the session: without it, the next request is not signed in
        request.getSession().invalidate();
        response.sendRedirect(request.getContextPath() + REFUSED);
    }

    private boolean recordSignIn() {
        for (int attempt = 1; ; attempt++) {
            try {
                return profiles.recordSignIn();
            } catch (EJBException e) {
                if (attempt == SIGN_IN_ATTEMPTS || !notCommitted(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the sign-in's transaction failed as it wrote or committed the profile. */
    private static boolean notCommitted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }
}
