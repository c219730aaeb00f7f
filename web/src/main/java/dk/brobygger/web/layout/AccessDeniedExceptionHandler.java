package dk.brobygger.web.layout;

import dk.brobygger.application.AccessDeniedException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;

/**
 * A refusal from the service layer (already audited there) becomes the 403 page with status 403, whether it came
 * from opening a page by URL or from a postback (Ajax or not). The page is rendered within the same request, so
 * the header still knows who is signed in.
 */
public class AccessDeniedExceptionHandler extends ExceptionHandlerWrapper {

    /** Set on a request whose refusal the service layer has audited already. */
    static final String AUDITED = AccessDeniedExceptionHandler.class.getName() + ".audited";
    private static final String FORBIDDEN_VIEW = "/errors/403.xhtml";

    public AccessDeniedExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isAccessDenied(events.next().getContext().getException())) {
                events.remove();
                refuse(context);
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean isAccessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        external.getRequestMap().put(AUDITED, Boolean.TRUE);
        external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, FORBIDDEN_VIEW));
        context.getPartialViewContext().setRenderAll(true);
        context.renderResponse();
    }

    /** Registered in faces-config.xml, around PrimeFaces' handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessDeniedExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
