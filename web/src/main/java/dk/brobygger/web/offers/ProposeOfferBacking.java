package dk.brobygger.web.offers;

import dk.brobygger.application.OfferService;
import dk.brobygger.application.ProposalChoices;
import dk.brobygger.domain.offer.StudentOffer;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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

    @NotNull
    private Long offerId;
    private List<Long> needIds = new ArrayList<>();
    @Size(max = StudentOffer.NOTE_MAX)
    private String note;

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
        if (Messages.attempt("propose", () -> service.propose(studentId, offerId, Set.copyOf(needIds), note))) {
            Messages.done("offer.proposed", "/students/view.xhtml?id=" + studentId);
        }
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public List<Long> getNeedIds() {
        return needIds;
    }

    public void setNeedIds(List<Long> needIds) {
        this.needIds = needIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
