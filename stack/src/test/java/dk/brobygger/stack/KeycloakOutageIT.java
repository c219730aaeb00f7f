package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak stops (docs/security.md, "Faults"): someone signed in works on, and someone who wants to sign in gets
 * Brobygger's own page that says so, not the browser's connection error.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void signedInPeopleWorkOnAndASignInIsToldItMustWait() throws Exception {
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        HttpClient newcomer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest signIn = HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL + "login")).build();
        HttpResponse<String> before = newcomer.send(signIn, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, before.statusCode(), "on to the sign-in while Keycloak answers");

        TestStack.stopKeycloak();
        try {
            HttpResponse<String> during = newcomer.send(signIn, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, during.statusCode(), during.body());
            assertTrue(during.body().contains("Du kan ikke logge ind lige nu"), during.body());
            assertEquals(200, karen.get("contact/index.xhtml").statusCode(), "a signed-in person works on");
        } finally {
            TestStack.startKeycloak();
        }
        assertEquals(302, newcomer.send(signIn, HttpResponse.BodyHandlers.ofString()).statusCode(),
                "and signs in again once Keycloak is back");
    }
}
