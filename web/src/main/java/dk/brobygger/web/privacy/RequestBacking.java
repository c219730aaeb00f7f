package dk.brobygger.web.privacy;

import dk.brobygger.application.DataCopyService;
import dk.brobygger.application.DataRequestService;
import dk.brobygger.application.ErasureService;
import dk.brobygger.application.RequestDetails;
import dk.brobygger.domain.privacy.RequestStatus;
import dk.brobygger.web.i18n.Language;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One data-subject request (dpo/request.xhtml): what came in and by when it is due, the copy of the student's data
 * produced for an access request or the erasure carried out for an erasure request, and closing it as done or
 * refused with what was done.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataRequestService requests;

    @EJB
    private DataCopyService copies;

    @EJB
    private ErasureService erasure;

    private Long id;
    private transient RequestDetails details;
    private long version;
    private String reason;
    private Language language = Language.DEFAULT;
    private RequestStatus result;
    private String outcome;

    /** The page's view action: the request as it is now. */
    public void load() {
        details = requests.request(id);
        version = details.version();
    }

    public RequestDetails getDetails() {
        if (details == null) {
            details = requests.request(id);
        }
        return details;
    }

    /** Produces the student's copy for this access request and sends it; the page shows it produced next time. */
    public void produce() {
        Messages.attempt("copy", () -> OwnCopyBacking.send(copies.forRequest(id, reason, language.code(),
                CopyHtml::render)));
    }

    /** Erases everything held about the student for this erasure request. */
    public void erase() {
        if (Messages.attempt("erase", () -> erasure.eraseForRequest(id, reason))) {
            Messages.done("erasure.doneNow", "/dpo/request.xhtml?id=" + id);
        }
    }

    public void close() {
        if (Messages.attempt("close", () -> requests.close(id, version, result, outcome))) {
            Messages.done("request.closedNow", "/dpo/request.xhtml?id=" + id);
        }
    }

    public RequestStatus[] getResults() {
        return new RequestStatus[] {RequestStatus.DONE, RequestStatus.REFUSED};
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public RequestStatus getResult() {
        return result;
    }

    public void setResult(RequestStatus result) {
        this.result = result;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
