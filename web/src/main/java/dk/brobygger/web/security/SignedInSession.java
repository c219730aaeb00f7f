package dk.brobygger.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;

/**
 * The sign-in behind this HTTP session: Keycloak's session id ({@code sid} of the identity token) and when it was
 * made, recorded once at the callback. {@link SessionEnds} decides from them whether the session is over.
 */
@SessionScoped
public class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String keycloakSessionId;
    private Instant signedInAt;

    public void record(String keycloakSessionId, Instant signedInAt) {
        this.keycloakSessionId = keycloakSessionId;
        this.signedInAt = signedInAt;
    }

    public String keycloakSessionId() {
        return keycloakSessionId;
    }

    public Instant signedInAt() {
        return signedInAt;
    }
}
