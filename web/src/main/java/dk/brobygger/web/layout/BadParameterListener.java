package dk.brobygger.web.layout;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter that is not what it takes (a letter where an id belongs, or none where one is
 * required) gets the 404 page: the view parameter failed to convert or is missing, so the page has nothing to
 * show. Without this the page would render with nothing loaded and end on the error page. An unknown or foreign
 * id is the service's to refuse (the 403 page, audited).
 */
public class BadParameterListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            Pages.notFound(context);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before the parameters are converted
    }
}
