package dk.brobygger.web.layout;

import dk.brobygger.security.AccessDeniedException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/**
 * A refusal from the service layer (already audited there) becomes the 403 page with status 403, whether it came
 * from opening a page by URL or from a postback; for an Ajax request the browser is sent to a page that says so.
 */
public class AccessDeniedExceptionHandler extends ExceptionHandlerWrapper {

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
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/forbidden.xhtml");
            } else {
                external.responseReset();
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
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
