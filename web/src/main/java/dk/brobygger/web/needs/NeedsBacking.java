package dk.brobygger.web.needs;

import dk.brobygger.application.ConsentLine;
import dk.brobygger.application.ConsentService;
import dk.brobygger.application.NeedService;
import dk.brobygger.application.NeedsView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A student's needs and consents on their page. Asked of the service in every request, never kept: a consent
 * withdrawn a moment ago shows nothing on the recipient's very next page.
 */
@Named
@RequestScoped
public class NeedsBacking {

    @EJB
    private NeedService needs;

    @EJB
    private ConsentService consents;

    private NeedsView view;
    private List<ConsentLine> history;

    public NeedsView of(long studentId) {
        if (view == null) {
            view = needs.needs(studentId);
        }
        return view;
    }

    public List<ConsentLine> consentsOf(long studentId) {
        if (history == null) {
            history = consents.history(studentId);
        }
        return history;
    }
}
