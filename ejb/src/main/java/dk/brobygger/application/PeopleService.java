package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.profile.UserProfile;
import dk.brobygger.domain.profile.UserProfiles;
import dk.brobygger.domain.student.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The education leader registers the people the school works with (contact persons, mentors, supervisors) by
 * their Keycloak username, so they can be assigned before they first sign in. Roles stay in Keycloak.
 */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class PeopleService {

    static final String RECORD = "Person";

    @Inject
    private UserProfiles profiles;

    @Inject
    private Gate gate;

    public long register(String username, String name, String email) {
        return gate.run(AuditEntry.of(AuditAction.REGISTER_PERSON, RECORD, null, null), act -> {
            String user = username == null ? "" : username.strip();
            if (!user.matches("[A-Za-z0-9._@-]{2,255}")) {
                throw new InvalidInputException("username", "person.username.invalid");
            }
            if (profiles.byUsername(user).isPresent()) {
                throw new InvalidInputException("username", "person.exists");
            }
            UserProfile person = new UserProfile(user, name, email);
            profiles.add(person);
            act.record(person.getId()).detail(user);
            return person.getId();
        });
    }

    /** Everyone the school knows, by name, a page at a time. */
    public Page<UserProfile> people(int first, int size) {
        int from = Page.first(first);
        int rows = Page.rows(size);
        return gate.run(AuditEntry.of(AuditAction.LIST, RECORD, null, null), act -> {
            act.require(AuditAction.REGISTER_PERSON).detail("staff");
            return profiles.everyone(from, rows);
        });
    }
}
