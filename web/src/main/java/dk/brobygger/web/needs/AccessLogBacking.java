package dk.brobygger.web.needs;

import dk.brobygger.application.AccessLine;
import dk.brobygger.application.AuditService;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Who has seen my data": everything others did or tried with the student's records, paged in the database. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService service;

    private final PagedRows<AccessLine> accesses = new PagedRows<>(
            (first, size) -> service.accessToMyData(first, size), line -> line.when().toString() + line.name());

    public PagedRows<AccessLine> getAccesses() {
        return accesses;
    }
}
