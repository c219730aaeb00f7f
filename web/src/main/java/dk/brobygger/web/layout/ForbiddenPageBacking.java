package dk.brobygger.web.layout;

import dk.brobygger.application.AccessLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * The 403 page records the refusal when the container refused by role (web.xml) before any service was asked;
 * a refusal from the service layer is audited there already.
 */
@Named
@RequestScoped
public class ForbiddenPageBacking {

    @EJB
    private AccessLog accessLog;

    public void record() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().containsKey(FailurePageExceptionHandler.AUDITED)
                || external.getUserPrincipal() == null) {
            return;
        }
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        accessLog.pageRefused(uri == null ? external.getRequestServletPath() : uri.toString(),
                external.getRequestParameterMap().get("id"));
    }
}
