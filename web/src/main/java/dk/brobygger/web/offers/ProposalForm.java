package dk.brobygger.web.offers;

import dk.brobygger.domain.offer.StudentOffer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The fields of an offer proposed to a student (students/propose-offer.xhtml). */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long offerId;
    private List<Long> needIds = new ArrayList<>();
    @Size(max = StudentOffer.NOTE_MAX)
    private String note;

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
