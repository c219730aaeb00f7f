package dk.brobygger.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionEndsTest {

    private static final Instant SIGN_IN = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aSignInLastsAtMostTheLongestASessionMay() {
        SignedInSession session = signedIn("subject-1");
        assertFalse(ends(SIGN_IN.plus(Duration.ofHours(9).plusMinutes(59))).over(session));
        assertTrue(ends(SIGN_IN.plus(Duration.ofHours(10))).over(session), "ten hours, however active");
    }

    @Test
    void whenKeycloakEndsAPersonsSessionTheirEarlierSignInsHereAreOverAndNobodyElses() {
        SessionEnds ends = ends(SIGN_IN.plusSeconds(60));
        ends.endedByKeycloak("subject-1");
        assertTrue(ends.over(signedIn("subject-1")));
        assertFalse(ends.over(signedIn("subject-2")));

        SignedInSession again = new SignedInSession();
        again.record("subject-1", "kp.hansen", Set.of("contact-person"), SIGN_IN.plusSeconds(120));
        assertFalse(ends(SIGN_IN.plusSeconds(180)).over(again), "a new sign-in after it goes on");
    }

    @Test
    void aSessionWithoutARecordedSignInIsLeftToTheContainer() {
        assertFalse(ends(SIGN_IN.plus(Duration.ofDays(2))).over(new SignedInSession()));
    }

    private static SignedInSession signedIn(String subject) {
        SignedInSession session = new SignedInSession();
        session.record(subject, "kp.hansen", Set.of("contact-person"), SIGN_IN);
        return session;
    }

    private static SessionEnds ends(Instant now) {
        SessionEnds ends = new SessionEnds();
        ends.maxHours = 10;
        ends.clock = Clock.fixed(now, ZoneOffset.UTC);
        return ends;
    }
}
