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
 * When a signed-in session ends, besides its 30 minutes idle: when Keycloak ends a session of the same person
 * (back-channel logout: signed out elsewhere, or by an administrator), every session of theirs that began before
 * ends; and when it reaches the longest a sign-in lasts, as a Keycloak session does (docs/security.md,
 * "Sessions"). The application does not ask Keycloak during a session, so a Keycloak outage ends nobody's work.
 */
@ApplicationScoped
public class SessionEnds {

    @Inject
    @ConfigProperty(name = "brobygger.session.max-hours", defaultValue = "10")
    int maxHours;

    @Inject
    Clock clock;

    /** When Keycloak last ended a session of each person (by subject): kept as long as a session can live. */
    private final Map<String, Instant> endedByKeycloak = new ConcurrentHashMap<>();

    /**
     * Keycloak ended a session of this person: their sessions here that began before now end at their next
     * request. All of them, not only the one Keycloak named: signing a person out in Keycloak's console sends one
     * logout for all their sessions, and with health data too much is better than too little.
     */
    public void endedByKeycloak(String subject) {
        Instant now = clock.instant();
        endedByKeycloak.values().removeIf(at -> !at.isAfter(now.minus(longest())));
        endedByKeycloak.put(subject, now);
    }

    /** Whether this sign-in is over: Keycloak ended the person's sessions since, or it has lasted as long as it may. */
    public boolean over(SignedInSession session) {
        if (session.signedInAt() == null) {
            return false;
        }
        Instant ended = endedByKeycloak.get(session.subject());
        return ended != null && !session.signedInAt().isAfter(ended)
                || !clock.instant().isBefore(session.signedInAt().plus(longest()));
    }

    private Duration longest() {
        return Duration.ofHours(maxHours);
    }
}
