package dk.brobygger.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The sign-in button's address. It sends the person on to Keycloak's sign-in (through the protected start page)
 * when Keycloak answers, and otherwise shows Brobygger's own "sign-in is unavailable" page (503) instead of the
 * browser's connection error (docs/security.md, "Faults").
 */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    static final String PATH = "/login";
    private static final String UNAVAILABLE = "/errors/signin.xhtml";
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(WAIT).build();

    @Inject
    private OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (providerAnswers()) {
            response.sendRedirect(request.getContextPath() + StartServlet.PATH);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        request.getRequestDispatcher(UNAVAILABLE).forward(request, response);
    }

    /** Whether Keycloak's realm answers its discovery address now. */
    private boolean providerAnswers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(oidc.getProviderUri()
                            + "/.well-known/openid-configuration")).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == HttpServletResponse.SC_OK;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
