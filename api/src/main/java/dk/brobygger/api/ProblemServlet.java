package dk.brobygger.api;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * The problem document for an error the container answers before the API is reached (web.xml's error pages): a
 * missing, expired or foreign token (401), an address outside the API (404), a failure of the server's own.
 */
@WebServlet(ProblemServlet.PATH)
public class ProblemServlet extends HttpServlet {

    static final String PATH = "/problem";

    private final Jsonb jsonb = new JsonConfig().getContext(Problem.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer known ? known : HttpServletResponse.SC_NOT_FOUND;
        Locale language = ApiLanguage.of(Collections.list(request.getLocales()));
        String key = switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED -> "api.unauthorized";
            case HttpServletResponse.SC_FORBIDDEN -> "api.forbidden";
            case HttpServletResponse.SC_NOT_FOUND -> "api.notFound";
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> "api.notAllowed";
            default -> status < 500 ? "api.refused" : "api.error";
        };
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        jsonb.toJson(Problem.of(status, language, key), response.getWriter());
    }
}
