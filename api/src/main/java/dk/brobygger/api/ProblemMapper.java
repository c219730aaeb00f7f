package dk.brobygger.api;

import dk.brobygger.application.AccessDeniedException;
import dk.brobygger.application.InvalidInputException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure as a problem document (docs/api.md): a refusal by the gate or by role is 403, input the service
 * refused is 400 naming the field, a status the resource chose keeps it, anything else is 500 with no detail of the server's insides (those go to the server's log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception instanceof EJBException && exception.getCause() != null ? exception.getCause()
                : exception;
        if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "Not allowed for this caller.");
        }
        if (cause instanceof InvalidInputException invalid) {
            // the field and what is wrong with it, as the service named them
            return Problem.response(Response.Status.BAD_REQUEST, (invalid.field() == null ? ""
                    : invalid.field() + ": ") + invalid.messageKey());
        }
        if (cause instanceof WebApplicationException web) {
            return Problem.response(Response.Status.fromStatusCode(web.getResponse().getStatus()), cause.getMessage());
        }
        LOG.log(Level.SEVERE, "API request failed", exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The request could not be carried out.");
    }
}
