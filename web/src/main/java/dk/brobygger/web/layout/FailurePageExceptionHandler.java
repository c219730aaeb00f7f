package dk.brobygger.web.layout;

import dk.brobygger.application.AccessDeniedException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.resource.ResourceException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Two failures get a page of their own instead of the error page, whether they came from opening a page by URL or
 * from a postback (Ajax or not):
 * <ul>
 *   <li>a refusal from the service layer (already audited there): the 403 page, status 403;</li>
 *   <li>the database out of reach (stopped, restarting, or the pool cannot get a connection in time): the
 *   "temporarily unavailable" page, status 503 (docs/security.md, "Faults"). The transaction was rolled back, so
 *   nothing was half-saved.</li>
 * </ul>
 * The page is rendered within the same request, so the header still knows who is signed in.
 */
public class FailurePageExceptionHandler extends ExceptionHandlerWrapper {

    /** Set on a request whose refusal the service layer has audited already. */
    static final String AUDITED = FailurePageExceptionHandler.class.getName() + ".audited";
    private static final String FORBIDDEN_VIEW = "/errors/403.xhtml";
    private static final String UNAVAILABLE_VIEW = "/errors/503.xhtml";
    /** How long to wait before trying again, as the 503 answer says (seconds). */
    private static final String RETRY_AFTER = "10";

    public FailurePageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (causedBy(thrown, t -> t instanceof AccessDeniedException)) {
                events.remove();
                context.getExternalContext().getRequestMap().put(AUDITED, Boolean.TRUE);
                show(context, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_VIEW, Map.of());
                break;
            }
            if (causedBy(thrown, FailurePageExceptionHandler::databaseOutOfReach)) {
                events.remove();
                show(context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE_VIEW,
                        Map.of("Retry-After", RETRY_AFTER));
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean causedBy(Throwable thrown, Predicate<Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection to the database could not be made or was lost: SQL state class 08 (connection exception) or
     * 57P (the server shutting down), or the pool could not allocate a connection (a resource exception).
     */
    private static boolean databaseOutOfReach(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P");
        }
        return t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ResourceException;
    }

    private static void show(FacesContext context, int status, String view, Map<String, String> headers) {
        ExternalContext external = context.getExternalContext();
        UIViewRoot root = context.getApplication().getViewHandler().createView(context, view);
        context.setViewRoot(root);
        context.getPartialViewContext().setRenderAll(true);
        boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (rendering && !external.isResponseCommitted()) {
            // the page failed while it was being written (a list reads its rows then): start the answer again
            external.responseReset();
            external.setResponseContentType("text/html");
            external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        external.setResponseStatus(status);
        headers.forEach(external::setResponseHeader);
        if (!rendering) {
            context.renderResponse();
            return;
        }
        try {
            context.getApplication().getViewHandler().renderView(context, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Registered in faces-config.xml, around PrimeFaces' handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailurePageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
