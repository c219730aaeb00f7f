package dk.brobygger.web.students;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.student.StudentStatus;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A student's status changed by the education leader or their contact person (students/status.xhtml), against
 * the version the person saw: someone else's change in between wins.
 */
@Named
@ViewScoped
public class StatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    private Long id;
    private long version;
    private transient StudentDetails details;
    private final StatusForm form = new StatusForm();

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        details = students.viewFor(id, AuditAction.CHANGE_STATUS);
        version = details == null || details.student() == null ? 0 : details.student().getVersion();
    }

    public void save() {
        StudentPages.after(Messages.attempt("status", () -> students.changeStatus(id, version, form.getStatus(),
                form.getDate(), form.getReason())), "status.changed", id, this::load);
    }

    public StudentStatus[] getStatuses() {
        return StudentStatus.values();
    }

    public StatusForm getForm() {
        return form;
    }

    public StudentDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
