package dk.brobygger.web.needs;

import dk.brobygger.application.NeedService;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
import dk.brobygger.web.layout.Messages;
import dk.brobygger.web.layout.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The contact person records a need, or changes one: a change is a new version and the earlier ones stay (and
 * are listed). A save after someone else's is refused with the conflict message.
 */
@Named
@ViewScoped
public class EditNeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NeedService service;

    @EJB
    private StudentService students;

    private Long id;
    private Long studentId;
    private long version;
    private String studentName;
    private List<NeedRevision> revisions = List.of();
    private final NeedForm form = new NeedForm();

    /**
     * The page's view action: a need to change (id), or a new one for a student (student), read through the
     * service, which refuses a reader who may not record the student's needs. Neither: the 404 page.
     */
    public void load() {
        if (id == null) {
            if (studentId == null) {
                Pages.notFound(FacesContext.getCurrentInstance());
                return;
            }
            studentName = students.viewFor(studentId, AuditAction.RECORD_NEED).name();
            return;
        }
        Need need = service.forEdit(id);
        studentId = need.getStudent().getId();
        studentName = need.getStudent().getFullName();
        version = need.getVersion();
        revisions = List.copyOf(need.getRevisions());
        form.fill(need);
    }

    public void save() {
        NeedContent content = form.toContent();
        if (Messages.attempt("need", () -> {
            if (id == null) {
                service.record(studentId, content);
            } else {
                service.revise(id, version, content);
            }
        })) {
            Messages.done(id == null ? "need.created" : "need.saved", "/students/view.xhtml?id=" + studentId);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public NeedCategory[] getCategories() {
        return NeedCategory.values();
    }

    public NeedSource[] getSources() {
        return NeedSource.values();
    }

    public NeedStatus[] getStatuses() {
        return NeedStatus.values();
    }

    public NeedForm getForm() {
        return form;
    }

    public List<NeedRevision> getRevisions() {
        return revisions;
    }

    public String getStudentName() {
        return studentName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
