package dk.brobygger.web.students;

import dk.brobygger.application.StudentForm;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.domain.student.Student;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Creates a student, or edits one. The version the person started from travels with the form, so a save after
 * someone else's is refused with a clear message instead of overwriting their change.
 */
@Named
@ViewScoped
public class EditStudentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService service;

    private Long id;
    private long version;
    private final EditStudentForm form = new EditStudentForm();

    /** The page's view action: with an id, the student's current details. */
    public void load() {
        if (id == null) {
            return;
        }
        Student s = service.forEdit(id);
        version = s.getVersion();
        form.fill(s);
    }

    public void save() {
        if (!form.getStartDate().isAfter(form.getBirthDate())) {
            Messages.error("student:startDate", "student.startDate.afterBirth");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        StudentForm fields = form.toStudentForm();
        Long[] saved = {id};
        boolean ok = Messages.attempt("student", () -> {
            if (id == null) {
                saved[0] = service.create(fields);
            } else {
                service.update(id, version, fields);
            }
        });
        if (ok) {
            Messages.done(id == null ? "student.created" : "student.saved", "/students/view.xhtml?id=" + saved[0]);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public SchoolSite[] getSites() {
        return SchoolSite.values();
    }

    public EditStudentForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
