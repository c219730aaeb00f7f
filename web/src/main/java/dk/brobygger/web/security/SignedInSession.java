package dk.brobygger.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The sign-in behind this HTTP session, recorded once at the callback: whose (their Keycloak subject and
 * username), with which roles, and when it was made. {@link SessionEnds} decides from them whether the session is
 * over; {@link SignInMechanism} gives every later request of the session this caller and these roles.
 */
@SessionScoped
public class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String username;
    private Set<String> roles = Set.of();
    private Instant signedInAt;

    public void record(String subject, String username, Set<String> roles, Instant signedInAt) {
        this.subject = subject;
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.signedInAt = signedInAt;
    }

    /** Whether this session has a sign-in (it has passed the callback). */
    public boolean recorded() {
        return username != null;
    }

    public String username() {
        return username;
    }

    public Set<String> roles() {
        return roles;
    }

    public String subject() {
        return subject;
    }

    public Instant signedInAt() {
        return signedInAt;
    }
}
