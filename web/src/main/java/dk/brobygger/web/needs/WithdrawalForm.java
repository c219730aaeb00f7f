package dk.brobygger.web.needs;

import dk.brobygger.domain.consent.Consent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The field of a consent's withdrawal (students/consent.xhtml): the reason, if the person gives one. */
public class WithdrawalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Consent.REASON_MAX)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
