package dk.brobygger.web.layout;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Pages hold personal data: no browser or proxy may keep a copy, so that the back button after signing out
 * asks the server again (and meets the sign-in) instead of showing a stored page. Static resources are exempt.
 * Error pages the container shows carry the same headers. A file may be posted to the import page only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ResponseHeadersFilter extends HttpFilter {

    /** The one page that takes a file (a student import). */
    /** The pages that take a file: the student import and the training goals' import. */
    private static final Set<String> FILE_PAGES = Set.of("/leader/import.xhtml", "/leader/goals.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        set(response);
        if (request.isSecure()) {
            // over HTTPS, the browser keeps to HTTPS for this host for a year
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST && isMultipart(request)
                && !FILE_PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            // only the import pages take a file; everywhere else a multipart body is refused unread
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The headers every answer carries, also a download that reset the response (Downloads). */
    static void set(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        // no camera, microphone, location or payment: the application uses none of them
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }
}
