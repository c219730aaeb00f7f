package dk.brobygger.web.privacy;

import dk.brobygger.application.DataRequestService;
import dk.brobygger.application.RequestLine;
import dk.brobygger.domain.privacy.RequestKind;
import dk.brobygger.web.layout.Messages;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The data protection officer's register of data-subject requests (dpo/requests.xhtml): the requests, open ones by
 * deadline first, and a new one registered. The start page's requests near their deadline come from here too.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataRequestService service;

    private final RequestForm form = new RequestForm();
    private PagedRows<RequestLine> rows;
    private transient List<RequestLine> dueSoon;

    public void register() {
        long[] id = new long[1];
        if (Messages.attempt("request", () -> id[0] = service.register(form.getStudent(), form.getKind(),
                form.getReceived(), form.getNote()))) {
            Messages.done("request.registered", "/dpo/request.xhtml?id=" + id[0]);
        }
    }

    public PagedRows<RequestLine> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(service::page, RequestLine::id);
        }
        return rows;
    }

    public List<RequestLine> getDueSoon() {
        if (dueSoon == null) {
            dueSoon = service.dueSoon();
        }
        return dueSoon;
    }

    public RequestForm getForm() {
        return form;
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }
}
