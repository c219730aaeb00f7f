package dk.brobygger.api;

import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API, version 1 (docs/api.md): under {@code /brobygger/api/v1}, every request with a bearer token from the
 * Keycloak realm, whose realm roles (the {@code groups} claim) are the caller's roles as on the pages. Every
 * endpoint calls the same services, and so passes the same gate, as the pages.
 */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
    Role.CONTACT_PERSON_NAME,
    Role.TRAINING_SUPERVISOR_NAME,
    Role.MENTOR_NAME,
    Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME,
    Role.DATA_PROTECTION_OFFICER_NAME
})
public class ApiApplication extends Application {
}
