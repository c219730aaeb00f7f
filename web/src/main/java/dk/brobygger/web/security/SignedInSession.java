package dk.brobygger.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;

/**
 * The sign-in behind this HTTP session: whose (their Keycloak subject) and when it was made, recorded once at the
 * callback. {@link SessionEnds} decides from them whether the session is over.
 */
@SessionScoped
public class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private Instant signedInAt;

    public void record(String subject, Instant signedInAt) {
        this.subject = subject;
        this.signedInAt = signedInAt;
    }

    public String subject() {
        return subject;
    }

    public Instant signedInAt() {
        return signedInAt;
    }
}
