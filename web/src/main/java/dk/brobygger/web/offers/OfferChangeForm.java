package dk.brobygger.web.offers;

import dk.brobygger.domain.offer.Helped;
import dk.brobygger.domain.offer.StudentOffer;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields that go with a move of an offer (students/offer.xhtml): a note, and on completion the outcome. */
public class OfferChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = StudentOffer.NOTE_MAX)
    private String note;
    @Size(max = StudentOffer.NOTE_MAX)
    private String outcome;
    private Helped helped;

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
