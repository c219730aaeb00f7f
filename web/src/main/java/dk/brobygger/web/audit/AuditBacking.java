package dk.brobygger.web.audit;

import dk.brobygger.application.AuditService;
import dk.brobygger.domain.audit.AuditEvent;
import dk.brobygger.domain.student.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service.events(studentId, username, 0, 1).total();
        }

        @Override
        public List<AuditEvent> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            Page<AuditEvent> page = service.events(studentId, username, first, size);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    /** When it happened, in Danish time to the second. */
    public String when(AuditEvent event) {
        return WHEN.format(event.getOccurredAt());
    }

    public LazyDataModel<AuditEvent> getEvents() {
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
