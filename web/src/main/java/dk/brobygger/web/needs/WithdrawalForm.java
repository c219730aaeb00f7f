package dk.brobygger.web.needs;

import java.io.Serializable;

/** The field of a consent's withdrawal (students/consent.xhtml): the reason, if the person gives one. */
public class WithdrawalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
