package dk.brobygger.web.needs;

import dk.brobygger.application.AccessLine;
import dk.brobygger.application.AuditService;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Who has seen my data": every access to the student's needs, paged in the database. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService service;

    private final PagedRows<AccessLine> accesses = new PagedRows<>(
            (first, size) -> service.accessToMyNeeds(first, size), line -> line.when().toString() + line.name());

    public PagedRows<AccessLine> getAccesses() {
        return accesses;
    }
}
