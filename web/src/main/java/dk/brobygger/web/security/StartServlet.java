package dk.brobygger.web.security;

import dk.brobygger.domain.access.Role;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/** Sends a signed-in person to the start page of their role, or to the "no access" page without one. */
@WebServlet(StartServlet.PATH)
public class StartServlet extends HttpServlet {

    static final String PATH = "/start";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.realmName())) {
                roles.add(role);
            }
        }
        String target = Area.startFor(roles).map(Area::startPage).orElse(Area.NO_ACCESS_PAGE);
        response.sendRedirect(request.getContextPath() + target);
    }
}
