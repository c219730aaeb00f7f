package dk.brobygger.api;

import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1 (docs/api.md): under {@code /brobygger/api/v1}, every request with a bearer token from the
 * Keycloak realm, whose realm roles (the {@code groups} claim) are the caller's roles as on the pages. Every
 * endpoint calls the same services, and so passes the same gate, as the pages.
 */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(title = "Brobygger API", version = "1",
        description = "Students' records for the school's systems and tools, through the same access and consent"
                + " checks and audit trail as the pages (docs/api.md)."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(requestBodies = @RequestBody(name = ApiApplication.STUDENTS_FILE, required = true,
                description = "The students file: CSV with a header line, or a JSON array of students",
                content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = StudentImportResource.StudentLineJson.class))
                })))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the Keycloak realm, for the audience brobygger-api")
@DeclareRoles({
    Role.CONTACT_PERSON_NAME,
    Role.TRAINING_SUPERVISOR_NAME,
    Role.MENTOR_NAME,
    Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME,
    Role.DATA_PROTECTION_OFFICER_NAME,
    Role.INTEGRATION_IMPORT_NAME
})
public class ApiApplication extends Application {

    /** The request body both the import and its preview take, described once. */
    static final String STUDENTS_FILE = "studentsFile";
}
