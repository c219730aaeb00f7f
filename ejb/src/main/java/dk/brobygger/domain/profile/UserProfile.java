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
 * The application's own record of a person who has signed in, keyed by their Keycloak subject.
 * Name and e-mail are copied from the identity token at each sign-in so that other records can show who
 * did what without asking Keycloak; roles are deliberately not stored (they come from Keycloak only).
 */
@Entity
@Table(name = "user_profile")
@NamedQuery(name = UserProfile.BY_SUBJECT, query = "SELECT p FROM UserProfile p WHERE p.subject = :subject")
public class UserProfile {

    public static final String BY_SUBJECT = "UserProfile.bySubject";

    @Id
    @SequenceGenerator(name = "user_profile_seq", sequenceName = "user_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_profile_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "first_sign_in", nullable = false, updatable = false)
    private Instant firstSignIn;

    @Column(name = "last_sign_in", nullable = false)
    private Instant lastSignIn;

    @Version
    private long version;

    protected UserProfile() {
        // for JPA
    }

    public UserProfile(String subject, String username, String displayName, String email, Instant signedInAt) {
        this.subject = requireText(subject, "Subject");
        this.firstSignIn = Objects.requireNonNull(signedInAt, "Sign-in time is required");
        signedIn(username, displayName, email, signedInAt);
    }

    /** Records a new sign-in, refreshing the copied identity details. */
    public final void signedIn(String username, String displayName, String email, Instant at) {
        this.username = requireText(username, "Username");
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.lastSignIn = Objects.requireNonNull(at, "Sign-in time is required");
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
}
