package dk.brobygger.web.offers;

import dk.brobygger.application.OfferDetails;
import dk.brobygger.application.OfferService;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One offer for the student or their contact person: its history, and the changes the reader may make now (the
 * student answers a proposal; the contact person moves it on and completes it with an outcome).
 */
@Named
@ViewScoped
public class OfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfferService service;

    private Long id;
    private OfferDetails details;
    private final OfferChangeForm form = new OfferChangeForm();

    /** The page's view action. */
    public void load() {
        details = service.details(id);
    }

    public void move(String status) {
        OfferStatus next = OfferStatus.valueOf(status);
        if (Messages.attempt("change", () -> service.move(id, details.offer().version(), next, form.getNote(),
                form.getOutcome(), form.getHelped()))) {
            Messages.done("offer.moved." + next, backPath());
        }
    }

    /** Back where the reader came from: the student's own page, or the student's record. */
    public String backPath() {
        return details.contactPerson() ? "/students/view.xhtml?id=" + details.studentId() : "/student/index.xhtml";
    }

    public Helped[] getHelpedChoices() {
        return Helped.values();
    }

    public OfferChangeForm getForm() {
        return form;
    }

    public OfferDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
