package dk.brobygger.web.students;

import dk.brobygger.application.StudentRow;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.student.StudentStatus;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** A student list of one scope, paged and filtered by the service in the database. */
@Named
@ViewScoped
public class StudentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService service;

    private StudentScope scope;
    private String text;
    private Programme programme;
    private StudentStatus status;
    private final PagedRows<StudentRow> rows = new PagedRows<>(
            (first, size) -> service.list(scope, text, programme, status, first, size), StudentRow::id);

    /** Called by the page with its scope. */
    public void init(String scopeName) {
        scope = StudentScope.valueOf(scopeName);
    }

    public PagedRows<StudentRow> getRows() {
        return rows;
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public StudentStatus[] getStatuses() {
        return StudentStatus.values();
    }

    public StudentScope getScope() {
        return scope;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public StudentStatus getStatus() {
        return status;
    }

    public void setStatus(StudentStatus status) {
        this.status = status;
    }
}
