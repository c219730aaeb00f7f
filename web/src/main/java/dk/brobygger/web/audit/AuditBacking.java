package dk.brobygger.web.audit;

import dk.brobygger.application.AuditService;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit trail for the data protection officer, paged in the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService service;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private String username;
    private Long studentId;

    private final PagedRows<AuditEvent> events = new PagedRows<>((first, size) -> service.events(studentId, username, first, size), AuditEvent::getId);

    /** When it happened, in Danish time to the second. */
    public String when(AuditEvent event) {
        return WHEN.format(event.getOccurredAt());
    }

    public PagedRows<AuditEvent> getEvents() {
        return events;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }
}
