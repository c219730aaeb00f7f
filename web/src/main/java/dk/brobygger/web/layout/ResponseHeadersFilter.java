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

/**
 * Pages hold personal data: no browser or proxy may keep a copy, so that the back button after signing out
 * asks the server again (and meets the sign-in) instead of showing a stored page. Static resources are exempt.
 * Error pages the container shows carry the same headers. A file may be posted to the import page only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ResponseHeadersFilter extends HttpFilter {

    /** The one page that takes a file (a student import). */
    private static final String IMPORT_PAGE = "/leader/import.xhtml";

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
                && !request.getRequestURI().equals(request.getContextPath() + IMPORT_PAGE)) {
            // only the import page takes a file; everywhere else a multipart body is refused unread
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
