package dk.brobygger.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserProfileTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aNewProfileKeepsTheIdentityDetailsAndTheFirstSignIn() {
        UserProfile profile = new UserProfile("sub-1", "kp.hansen", " Karen Hansen ", "karen@example.dk", MONDAY);

        assertEquals("sub-1", profile.getSubject());
        assertEquals("Karen Hansen", profile.getDisplayName());
        assertEquals(MONDAY, profile.getFirstSignIn());
        assertEquals(MONDAY, profile.getLastSignIn());
    }

    @Test
    void aLaterSignInRefreshesDetailsButNotTheFirstSignIn() {
        UserProfile profile = new UserProfile("sub-1", "kp.hansen", "Karen Hansen", "karen@example.dk", MONDAY);

        profile.signedIn("sub-1", "kp.hansen", "Karen Hansen-Berg", "  ", TUESDAY);

        assertEquals("Karen Hansen-Berg", profile.getDisplayName());
        assertNull(profile.getEmail(), "a blank e-mail is stored as none");
        assertEquals(MONDAY, profile.getFirstSignIn());
        assertEquals(TUESDAY, profile.getLastSignIn());
    }

    @Test
    void withoutANameTheUsernameIsShown() {
        UserProfile profile = new UserProfile("sub-2", "uden.rolle", null, null, MONDAY);

        assertEquals("uden.rolle", profile.getDisplayName());
    }

    @Test
    void aRegisteredPersonIsLinkedToTheirKeycloakUserAtFirstSignIn() {
        UserProfile profile = new UserProfile("ov.nielsen", "Anne Nielsen", "anne@example.dk");

        profile.signedIn("sub-9", "ov.nielsen", "Anne Nielsen", "anne@example.dk", MONDAY);

        assertEquals("sub-9", profile.getSubject());
        assertEquals(MONDAY, profile.getFirstSignIn());
        assertThrows(IllegalStateException.class,
                () -> profile.signedIn("sub-other", "ov.nielsen", "Anne Nielsen", null, TUESDAY),
                "a profile never moves to another Keycloak user");
    }

    @Test
    void aProfileNeedsASubjectAndAUsername() {
        assertThrows(IllegalArgumentException.class, () -> new UserProfile(" ", "x", "X", null, MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new UserProfile("sub-3", null, "X", null, MONDAY));
    }
}
