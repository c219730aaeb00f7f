package dk.brobygger.web.offers;

import dk.brobygger.application.OfferLine;
import dk.brobygger.application.OfferService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A student's offers on their page, asked of the service in every request: a supervisor or mentor sees those a
 * consent in force links them to, and nothing once it is withdrawn.
 */
@Named
@RequestScoped
public class OffersBacking {

    @EJB
    private OfferService service;

    private List<OfferLine> offers;

    public List<OfferLine> of(long studentId) {
        if (offers == null) {
            offers = service.offers(studentId);
        }
        return offers;
    }
}
