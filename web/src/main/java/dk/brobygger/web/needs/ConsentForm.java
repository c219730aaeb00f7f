package dk.brobygger.web.needs;

import dk.brobygger.application.ConsentDraft;
import dk.brobygger.domain.consent.ConsentLevel;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a new consent (students/new-consent.xhtml): what it shares with whom, for how long, and, when the
 * contact person records one given outside the system, how it was given.
 */
public class ConsentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String recipient;
    private List<Long> needIds = new ArrayList<>();
    private ConsentLevel level = ConsentLevel.ACCOMMODATIONS;
    private String purpose;
    private LocalDate validUntil;
    private String how;

    /** The first step's fields as the service takes them. */
    ConsentDraft toDraft(Long studentId) {
        return new ConsentDraft(studentId, recipient, needIds, level, purpose, validUntil);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public List<Long> getNeedIds() {
        return needIds;
    }

    public void setNeedIds(List<Long> needIds) {
        this.needIds = needIds;
    }

    public ConsentLevel getLevel() {
        return level;
    }

    public void setLevel(ConsentLevel level) {
        this.level = level;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }
}
