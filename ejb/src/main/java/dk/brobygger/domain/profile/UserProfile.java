package dk.brobygger.domain.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The application's own record of a person with a Keycloak user: registered by the school by username (a
 * supervisor, a contact person, a mentor) or created at their first sign-in, and linked to their Keycloak
 * subject from then on. Name and e-mail are refreshed from the identity token at each sign-in; roles are
 * deliberately not stored (they come from Keycloak only).
 */
@Entity
@Table(name = "user_profile")
@NamedQuery(name = UserProfile.BY_SUBJECT, query = "SELECT p FROM UserProfile p WHERE p.subject = :subject")
@NamedQuery(name = UserProfile.BY_USERNAME, query = "SELECT p FROM UserProfile p WHERE p.username = :username")
public class UserProfile {

    public static final String BY_SUBJECT = "UserProfile.bySubject";
    public static final String BY_USERNAME = "UserProfile.byUsername";

    /** The longest username the column holds. */
    public static final int USERNAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "user_profile_seq", sequenceName = "user_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_profile_seq")
    private Long id;

    @Column(unique = true)
    private String subject;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "first_sign_in")
    private Instant firstSignIn;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Version
    private long version;

    protected UserProfile() {
        // for JPA
    }

    /** A person the school registers before they sign in; their Keycloak subject is linked at first sign-in. */
    public UserProfile(String username, String displayName, String email) {
        describe(username, displayName, email);
    }

    /** A person met first at their sign-in. */
    public UserProfile(String subject, String username, String displayName, String email, Instant signedInAt) {
        this(username, displayName, email);
        signedIn(subject, username, displayName, email, signedInAt);
    }

    /** Records a sign-in: links the Keycloak subject and refreshes the copied identity details. */
    public final void signedIn(String subject, String username, String displayName, String email, Instant at) {
        String signedInSubject = requireText(subject, "Subject");
        if (this.subject != null && !this.subject.equals(signedInSubject)) {
            throw new IllegalStateException("The profile of " + this.username + " belongs to another Keycloak user");
        }
        this.subject = signedInSubject;
        describe(username, displayName, email);
        Objects.requireNonNull(at, "Sign-in time is required");
        if (firstSignIn == null) {
            firstSignIn = at;
        }
        this.lastSignIn = at;
    }

    private void describe(String username, String displayName, String email) {
        this.username = requireText(username, "Username");
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required, was: '" + value + "'");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getFirstSignIn() {
        return firstSignIn;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public long getVersion() {
        return version;
    }

    /** Profiles are the same person when they have the same username (unique in the realm and the table). */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserProfile p && username != null && username.equals(p.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
