package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak ends a person's sessions (docs/security.md, "Sessions"): the application's session of each of those
 * sign-ins ends at its next request. A logout token Keycloak did not sign ends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BackchannelLogoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSessionKeycloakEndsEndsAtItsNextRequest() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        SignedInClient karensTablet = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        SignedInClient lars = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.jensen"));
        assertTrue(karen.get("contact/index.xhtml").uri().getPath().endsWith("/contact/index.xhtml"));

        KeycloakAdmin.signIn().signOut("kp.hansen");

        for (SignedInClient device : List.of(karen, karensTablet)) {
            HttpResponse<String> next = device.get("contact/index.xhtml");
            assertEquals(URI.create(TestStack.APPLICATION_URL), next.uri(), "sent to the public start page");
            assertFalse(next.body().contains("Karen Hansen"), "no longer signed in");
            assertFalse(device.get("contact/index.xhtml").uri().toString().startsWith(TestStack.APPLICATION_URL),
                    "a protected page now sends her to Keycloak to sign in");
        }
        HttpResponse<String> other = lars.get("contact/index.xhtml");
        assertTrue(other.uri().getPath().endsWith("/contact/index.xhtml"), "another person's session goes on");
    }

    @Test
    void aLogoutTokenKeycloakDidNotSignEndsNothing() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        RSAKey forgersKey = new RSAKeyGenerator(2048).keyID("forged").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged")
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder()
                .issuer(System.getenv("BROBYGGER_OIDC_PROVIDER_URI")).audience("brobygger-web")
                .issueTime(new Date()).jwtID(UUID.randomUUID().toString()).subject("someone")
                .claim("sid", "any-session")
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())).build());
        forged.sign(new RSASSASigner(forgersKey));
        HttpClient http = HttpClient.newHttpClient();
        for (String token : new String[] {forged.serialize(), "not-a-token"}) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL
                            + "backchannel-logout")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode());
        }
        assertTrue(karen.get("contact/index.xhtml").uri().getPath().endsWith("/contact/index.xhtml"));
    }
}
