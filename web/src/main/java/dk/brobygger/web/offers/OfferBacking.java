package dk.brobygger.web.offers;

import dk.brobygger.application.OfferDetails;
import dk.brobygger.application.OfferService;
import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.OfferStatus;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
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

    @Size(max = StudentOffer.NOTE_MAX)
    private String note;
    @Size(max = StudentOffer.NOTE_MAX)
    private String outcome;
    private Helped helped;

    /** The page's view action. */
    public void load() {
        details = service.details(id);
    }

    public void move(String status) {
        OfferStatus next = OfferStatus.valueOf(status);
        if (Messages.attempt("change", () -> service.move(id, details.offer().version(), next, note, outcome,
                helped))) {
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

    public OfferDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Helped getHelped() {
        return helped;
    }

    public void setHelped(Helped helped) {
        this.helped = helped;
    }
}
