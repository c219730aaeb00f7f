package dk.brobygger.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides each request's language: a {@code ?lang=} choice (remembered in a cookie for a year, so that it sticks
 * across sign-ins), else the remembered choice, else Danish.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";
    static final String COOKIE = "brobygger-lang";
    public static final String REQUEST_ATTRIBUTE = Language.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> chosen = Language.fromCode(request.getParameter(PARAMETER));
        chosen.ifPresent(language -> response.addCookie(cookie(request, language)));
        Language language = chosen.or(() -> remembered(request)).orElse(Language.DEFAULT);
        request.setAttribute(REQUEST_ATTRIBUTE, language);
        chain.doFilter(request, response);
    }

    private static Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    private static Cookie cookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
