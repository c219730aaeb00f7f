package dk.brobygger.domain.access;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is making the current request, as the container's security context says: never taken from a page.
 *
 * @param profileId the caller's profile, or null when the school has not registered them and they have not
 *                  signed in through the callback yet
 */
public record Caller(Long profileId, String username, String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles as the audit trail records them. */
    public String rolesText() {
        return roles.isEmpty() ? "-" : roles.stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
    }
}
