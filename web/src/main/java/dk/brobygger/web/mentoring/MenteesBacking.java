package dk.brobygger.web.mentoring;

import dk.brobygger.application.CorpsLine;
import dk.brobygger.application.MenteeLine;
import dk.brobygger.application.SessionLogService;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The mentor's start page: their mentees (paged in the database, overdue ones marked) and their clusters. */
@Named
@ViewScoped
public class MenteesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionLogService service;

    private final PagedRows<MenteeLine> rows = new PagedRows<>((first, size) -> service.mentees(first, size),
            MenteeLine::studentId);
    private transient List<CorpsLine.Cluster> clusters;

    public PagedRows<MenteeLine> getRows() {
        return rows;
    }

    public List<CorpsLine.Cluster> getClusters() {
        if (clusters == null) {
            clusters = service.myClusters();
        }
        return clusters;
    }
}
