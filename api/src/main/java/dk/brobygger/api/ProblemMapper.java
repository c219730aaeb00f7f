package dk.brobygger.api;

import dk.brobygger.application.AccessDeniedException;
import dk.brobygger.application.AccessLog;
import dk.brobygger.application.ConcurrentChangeException;
import dk.brobygger.application.InvalidInputException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure as a problem document in the caller's language (docs/api.md): a refusal by the gate or by role is
 * 403, input the rules refused is 400 naming the field, a body that is not JSON of the expected shape is 400, a
 * save over someone else's change is 412, and anything else is 500 with no detail of the server's insides (those
 * go to the server's log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String AUDITED = ProblemMapper.class.getName() + ".audited";
    private static final Map<Integer, String> JERSEY = Map.of(401, "api.unauthorized", 404, "api.notFound",
            405, "api.notAllowed", 406, "api.notAcceptable", 415, "api.unsupported");

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @EJB
    private AccessLog accessLog;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = cause(exception);
        if (byRole(cause) && request.getAttribute(AUDITED) == null) {
            // refused by role before any gate was asked: audited as a page of another role's area is, once a request
            // (Jersey may map an EJB's exception twice), with the student asked about: in the path of a student's
            // records, or as the query's student
            request.setAttribute(AUDITED, Boolean.TRUE);
            String student = uri.getPath().startsWith("students/") ? uri.getPathParameters().getFirst("id")
                    : uri.getQueryParameters().getFirst("student");
            accessLog.pageRefused("API " + uri.getPath(), student);
        }
        Locale language = ApiLanguage.of(headers.getAcceptableLanguages());
        Response answer = problem(cause, language).map(Problem::response).orElseGet(() -> {
            LOG.log(Level.SEVERE, "API request failed", exception);
            return Problem.of(500, language, "api.error").response();
        });
        Map<String, Object> extra = cause instanceof ProblemException refused ? refused.headers()
                : answer.getStatus() == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
        if (extra.isEmpty()) {
            return answer;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(answer);
        extra.forEach(withHeaders::header);
        return withHeaders.build();
    }

    /** What went wrong: inside an EJB's wrapper, or a refusal of the API's own inside JSON-B's or Jersey's. */
    private static Throwable cause(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ProblemException) {
                return t;
            }
        }
        return exception instanceof EJBException && exception.getCause() != null ? exception.getCause() : exception;
    }

    /** Refused for the caller's roles, by the container (an EJB's or a resource's {@code @RolesAllowed}). */
    private static boolean byRole(Throwable cause) {
        return cause instanceof EJBAccessException || cause instanceof AccessLocalException
                || cause instanceof ForbiddenException;
    }

    private static Optional<Problem> problem(Throwable cause, Locale language) {
        Problem problem;
        if (cause instanceof AccessDeniedException || byRole(cause)) {
            problem = Problem.of(403, language, "api.forbidden");
        } else if (cause instanceof InvalidInputException invalid) {
            String message = ApiLanguage.text(language, invalid.messageKey(), invalid.arguments());
            problem = Problem.of(400, language, "api.invalid", message)
                    .with(invalid.field() == null ? null : List.of(new Problem.FieldError(invalid.field(), message)));
        } else if (cause instanceof ConcurrentChangeException) {
            problem = Problem.of(412, language, "api.stale");
        } else if (cause instanceof ProblemException refused) {
            problem = Problem.of(refused.status(), language, refused.messageKey(), refused.arguments());
            if (!refused.fieldProblems().isEmpty()) {
                problem = problem.with(refused.fieldProblems().stream()
                        .map(p -> Problem.FieldError.of(p, language)).toList());
            }
        } else if (cause instanceof ProcessingException) {
            // JSON-B could not read the body: not JSON, a wrong type, or a field the API does not know
            problem = Problem.of(400, language, "api.body.malformed");
        } else if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // Jersey's own answers (no such address, method or media type, no token), in the API's words
            int status = web.getResponse().getStatus();
            problem = Problem.of(status, language, JERSEY.getOrDefault(status, "api.refused"));
        } else {
            return Optional.empty();
        }
        return Optional.of(problem);
    }
}
