package dk.brobygger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a signed-in session ends, besides its 30 minutes idle: when Keycloak ends its session (back-channel
 * logout: signed out elsewhere, or by an administrator), and when it reaches the longest a sign-in lasts, as a
 * Keycloak session does (docs/security.md, "Sessions"). The application does not ask Keycloak during a session,
 * so a Keycloak outage does not end anyone's work.
 */
@ApplicationScoped
public class SessionEnds {

    @Inject
    @ConfigProperty(name = "brobygger.session.max-hours", defaultValue = "10")
    int maxHours;

    @Inject
    Clock clock;

    /** Keycloak sessions Keycloak has ended, with when: kept as long as a session can live. */
    private final Map<String, Instant> endedByKeycloak = new ConcurrentHashMap<>();

    /** Keycloak ended this session of its own: the application's sessions of that sign-in end at their next request. */
    public void endedByKeycloak(String keycloakSessionId) {
        Instant now = clock.instant();
        endedByKeycloak.values().removeIf(at -> !at.isAfter(now.minus(longest())));
        endedByKeycloak.put(keycloakSessionId, now);
    }

    /** Whether this sign-in is over: Keycloak ended it, or it has lasted as long as a sign-in may. */
    public boolean over(SignedInSession session) {
        if (session.signedInAt() == null) {
            return false;
        }
        return endedByKeycloak.containsKey(session.keycloakSessionId())
                || !clock.instant().isBefore(session.signedInAt().plus(longest()));
    }

    private Duration longest() {
        return Duration.ofHours(maxHours);
    }
}
