package dk.brobygger.web.security;

import dk.brobygger.application.RefusalThrottle;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * A person refused too often in a short time waits (429, with when to try again) before their request reaches
 * anything that reads the database or writes the audit trail (RefusalThrottle, docs/security.md).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ThrottleFilter extends HttpFilter {

    /** HTTP's "too many requests". */
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private RefusalThrottle throttle;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && throttle.throttled(caller.getName())) {
            response.setHeader("Retry-After", Long.toString(throttle.window().toSeconds()));
            response.sendError(TOO_MANY_REQUESTS);
            return;
        }
        chain.doFilter(request, response);
    }
}
