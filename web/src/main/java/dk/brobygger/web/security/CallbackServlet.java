package dk.brobygger.web.security;

import dk.brobygger.application.ProfileService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser after sign-in. The mechanism has validated the tokens by now; this records
 * the sign-in and sends the person on to their start page with a clean URL.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {

    static final String PATH = "/Callback";

    @EJB
    private ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        profiles.recordSignIn();
        response.sendRedirect(request.getContextPath() + StartServlet.PATH);
    }
}
