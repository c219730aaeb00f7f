package dk.brobygger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sign-out form's token against cross-site request forgery: a random value kept in the session and written
 * into the form, so that another site cannot sign a person out by posting to {@code /logout}.
 */
public final class LogoutToken {

    /** The form field, and the session attribute, that hold the token. */
    public static final String FIELD = "logoutToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private LogoutToken() {
    }

    /** The session's token, made at its first use. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(FIELD);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(FIELD, token);
        }
        return (String) token;
    }

    /** Whether the request carries its session's token. */
    static boolean carriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        Object kept = session == null ? null : session.getAttribute(FIELD);
        return sent != null && kept != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                kept.toString().getBytes(StandardCharsets.UTF_8));
    }
}
