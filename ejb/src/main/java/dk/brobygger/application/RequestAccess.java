package dk.brobygger.application;

import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Relationships;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request and how they stand to each student the request touches: each read once from
 * the container's security context and the database, then reused by every check of the same request, and gone
 * with it (docs/architecture.md). A change that may alter a relationship makes the next check read it again. The
 * caller is known by their Keycloak subject, never by their username (docs/security.md).
 */
@RequestScoped
public class RequestAccess {

    @Inject
    private SecurityContext security;

    @Inject
    private OpenIdContext openId;

    @Inject
    private UserProfiles profiles;

    @Inject
    private Relationships relationships;

    @Inject
    private SignedInAccount account;

    @Inject
    private Clock clock;

    private Caller caller;
    private final Map<Long, Optional<Relationship>> known = new HashMap<>();
    private int passes;
    private int holding;
    private final List<AuditEntry> held = new ArrayList<>();

    /** The signed-in caller; a request without one is refused (and never reaches a service otherwise). */
    public Caller caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("Not signed in");
            }
            // a bearer token of the API (docs/api.md) names its subject itself, and has no session to keep it in
            String subject = principal instanceof JsonWebToken token ? token.getSubject() : subject();
            Long profile = principal instanceof JsonWebToken ? profiles.bySubject(subject).map(UserProfile::getId)
                    .orElse(null) : profileId(subject);
            caller = new Caller(profile, principal.getName(), subject,
                    Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.realmName()))
                    .collect(Collectors.toSet()));
        }
        return caller;
    }

    /** The profile of the caller's subject: as their sign-in recorded it, or else read (none before sign-in). */
    private Long profileId(String subject) {
        Long kept = account.profileIdOf(subject);
        if (kept != null || subject == null) {
            return kept;
        }
        Optional<UserProfile> profile = profiles.bySubject(subject);
        profile.ifPresent(account::remember);
        return profile.map(UserProfile::getId).orElse(null);
    }

    /** From now on, the caller is the person of this profile, which their sign-in just recorded. */
    void signedIn(UserProfile profile) {
        account.remember(profile);
        forget();
    }

    /** How the caller stands to the student today; empty when there is no such student. */
    public Optional<Relationship> relationship(long studentId) {
        return known.computeIfAbsent(studentId, id -> relationships.between(caller(), id, LocalDate.now(clock)));
    }

    /** After a change: the caller's profile and relationships are read again at the next check. */
    void forget() {
        caller = null;
        known.clear();
    }

    /** From now until {@link #releaseAudit()}, the gate's audit entries wait to be written together. */
    void holdAudit() {
        holding++;
    }

    /** Keeps the entries to be written together, if the operations are run together; false otherwise. */
    boolean hold(List<AuditEntry> entries) {
        if (holding == 0) {
            return false;
        }
        held.addAll(entries);
        return true;
    }

    /** The entries held, once the outermost of the operations run together is done (none before that). */
    List<AuditEntry> releaseAudit() {
        holding--;
        if (holding > 0) {
            return List.of();
        }
        List<AuditEntry> entries = List.copyOf(held);
        held.clear();
        return entries;
    }

    /** Counts the operations the gate has run in this request, so that an undeclared one is caught. */
    void passed() {
        passes++;
    }

    int passes() {
        return passes;
    }

    private String subject() {
        try {
            return openId.getSubject();
        } catch (RuntimeException noOpenIdLogin) {
            return null;
        }
    }
}
