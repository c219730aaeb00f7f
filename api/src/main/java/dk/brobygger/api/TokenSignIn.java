package dk.brobygger.api;

import dk.brobygger.application.ProfileService;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A person's first request with a token registers them as a sign-in on the pages does (docs/api.md): their
 * profile, registered by the school under their username, is tied to their Keycloak subject, by which every later
 * request knows them. Done once per person while the server runs; the school's system, no person, has no profile.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenSignIn implements ContainerRequestFilter {

    private static final int MAX_KNOWN = 100_000;

    @EJB
    private ProfileService profiles;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
                || known.contains(token.getSubject()) || request.getSecurityContext().isUserInRole(
                        Role.INTEGRATION_IMPORT_NAME)) {
            return;
        }
        if (!profiles.recordTokenUse()) {
            // the username belongs to another Keycloak account's profile: refused and audited, as at a sign-in
            throw new ProblemException(403, "api.forbidden");
        }
        if (known.size() > MAX_KNOWN) {
            known.clear();
        }
        known.add(token.getSubject());
    }
}
