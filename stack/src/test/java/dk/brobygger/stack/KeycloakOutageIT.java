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
 * Keycloak stops (docs/security.md, "Faults"): someone signed in works on, also past their access token's life,
 * and someone who wants to sign in (with the button or a bookmark) gets Brobygger's own page that says so, not the
 * browser's connection error.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {

    private static final int TOKEN_SECONDS = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void signedInPeopleWorkOnAndASignInIsToldItMustWait() throws Exception {
        // tokens that expire within the outage (the realm is imported afresh when Keycloak starts again)
        KeycloakAdmin.signIn().accessTokenLifespan(TOKEN_SECONDS);
        SignedInClient karen = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("kp.hansen"));
        HttpClient newcomer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest signIn = HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL + "start")).build();
        HttpResponse<String> before = newcomer.send(signIn, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, before.statusCode(), "on to the sign-in while Keycloak answers");

        TestStack.stopKeycloak();
        try {
            HttpResponse<String> during = newcomer.send(signIn, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, during.statusCode(), during.body());
            assertTrue(during.body().contains("Du kan ikke logge ind lige nu"), during.body());
            HttpResponse<String> bookmark = newcomer.send(HttpRequest.newBuilder(URI.create(
                    TestStack.APPLICATION_URL + "contact/tasks.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, bookmark.statusCode(), "a bookmarked page gets the same page: " + bookmark.body());
            assertEquals(200, karen.get("contact/index.xhtml").statusCode(), "a signed-in person works on");
            Thread.sleep(Duration.ofSeconds(TOKEN_SECONDS + 1).toMillis());
            HttpResponse<String> later = karen.get("contact/index.xhtml");
            assertEquals(200, later.statusCode(), "also once her access token has expired");
            assertTrue(later.uri().getPath().endsWith("/contact/index.xhtml"), later.uri().toString());
        } finally {
            TestStack.startKeycloak();
        }
        assertEquals(302, newcomer.send(signIn, HttpResponse.BodyHandlers.ofString()).statusCode(),
                "and signs in again once Keycloak is back");
    }
}
