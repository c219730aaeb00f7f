package dk.brobygger.web.security;

import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with OpenID Connect. Keycloak's realm roles arrive in the {@code groups} claim and
 * become Jakarta roles of the same name. After the provider's callback the person is sent on by
 * {@link CallbackServlet}, not back to the original URL, which would keep {@code code} and {@code state} in it.
 * Logging out ends the Keycloak session too. A session does not ask Keycloak again after sign-in (no token
 * refresh): Keycloak's end of a session reaches the application by back-channel logout, and the longest a sign-in
 * lasts is the application's own ({@link SessionEnds}, docs/security.md "Sessions").
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidc.providerUri}",
        clientId = "${oidc.clientId}",
        clientSecret = "${oidc.clientSecret}",
        redirectURI = "${baseURL}" + CallbackServlet.PATH,
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        tokenAutoRefresh = false)
@DeclareRoles({
    Role.CONTACT_PERSON_NAME,
    Role.TRAINING_SUPERVISOR_NAME,
    Role.MENTOR_NAME,
    Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME,
    Role.DATA_PROTECTION_OFFICER_NAME
})
@ApplicationScoped
public class SecurityConfiguration {
}
