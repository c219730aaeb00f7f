package dk.brobygger.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The application's authentication mechanism (web.xml names it to Payara): the OpenID Connect mechanism of
 * {@link SecurityConfiguration}, except that a sign-in Keycloak cannot take now (it does not answer) gets
 * Brobygger's own "sign-in is unavailable" page (503) instead of a redirect the browser cannot follow. That covers
 * the sign-in button and a bookmark to any protected page alike (docs/security.md, "Faults"). A signed-in person
 * never waits for Keycloak here: every request of their session gets the caller and roles recorded at sign-in
 * ({@link SignedInSession}).
 */
@ApplicationScoped
@Typed(SignInMechanism.class)
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String UNAVAILABLE = "/errors/signin.xhtml";
    /** The package of Payara's MicroProfile JWT mechanism. */
    private static final String BEARER_TOKENS = "fish.payara.microprofile.jwtauth";
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(WAIT).build();

    /**
     * The mechanisms of the application: the one {@code @OpenIdAuthenticationMechanismDefinition} makes, and the
     * API module's bearer-token one, which Payara makes visible to every module of the EAR (docs/api.md).
     */
    @Inject
    @Any
    private Instance<HttpAuthenticationMechanism> mechanisms;

    private HttpAuthenticationMechanism openId;

    @Inject
    private OidcSettings oidc;

    @Inject
    private SignedInSession signedIn;

    /** The OpenID Connect mechanism: the application's one that is not the API's bearer tokens. */
    @PostConstruct
    void chooseOpenId() {
        openId = mechanisms.handlesStream().filter(h -> h.getBean().getTypes().stream()
                        .noneMatch(t -> t.getTypeName().startsWith(BEARER_TOKENS)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism")).get();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (request.getSession(false) != null && signedIn.recorded()
                && !request.getServletPath().equals(CallbackServlet.PATH)) {
            // The session's sign-in, its roles given here on every request. Payara 6.2025 restores them for a
            // session itself, but under concurrent requests now and then without the roles, and answers 403
            // (payara/Payara#6145, fixed after 6.2025.9 by FISH-7515; ConcurrentSessionsIT).
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.username()), signedIn.roles());
        }
        boolean signInStarts = context.isProtected() && request.getUserPrincipal() == null
                && !request.getServletPath().equals(CallbackServlet.PATH);
        if (signInStarts && !providerAnswers()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            return context.forward(UNAVAILABLE);
        }
        return openId.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId.cleanSubject(request, response, context);
    }

    /** Whether Keycloak's realm answers its discovery address now. */
    private boolean providerAnswers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(oidc.discoveryUri()).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == HttpServletResponse.SC_OK;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
