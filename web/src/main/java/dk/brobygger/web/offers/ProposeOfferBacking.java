package dk.brobygger.web.offers;

import dk.brobygger.application.OfferService;
import dk.brobygger.application.ProposalChoices;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * The contact person proposes an offer to a student: the offers that answer the student's needs are suggested
 * first; the proposal is linked to the needs it answers and waits for the student's answer.
 */
@Named
@ViewScoped
public class ProposeOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfferService service;

    private Long studentId;
    private transient ProposalChoices choices;
    private final ProposalForm form = new ProposalForm();

    /** The page's view action. */
    public void load() {
        choices = service.choices(studentId);
    }

    public ProposalChoices getChoices() {
        if (choices == null) {
            choices = service.choices(studentId);
        }
        return choices;
    }

    public void propose() {
        if (Messages.attempt("propose", () -> service.propose(studentId, form.getOfferId(),
                Set.copyOf(form.getNeedIds()), form.getNote()))) {
            Messages.done("offer.proposed", "/students/view.xhtml?id=" + studentId);
        }
    }

    public ProposalForm getForm() {
        return form;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }
}
