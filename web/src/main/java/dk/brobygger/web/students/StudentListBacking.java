package dk.brobygger.web.students;

import dk.brobygger.application.StudentRow;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.student.StudentStatus;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private final LazyDataModel<StudentRow> rows = new Rows();

    /** Called by the page with its scope. */
    public void init(String scopeName) {
        scope = StudentScope.valueOf(scopeName);
    }

    public LazyDataModel<StudentRow> getRows() {
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

    private final class Rows extends LazyDataModel<StudentRow> {

        private static final long serialVersionUID = 1L;

        private transient Page<StudentRow> shown;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 25).total();
        }

        @Override
        public List<StudentRow> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<StudentRow> page = page(first, size);
            setRowCount((int) page.total());
            return page.rows();
        }

        /**
         * One service call per page and request, though the table asks for the count and the rows separately;
         * never kept across requests, so every request is checked and audited anew.
         */
        @SuppressWarnings("unchecked")
        private Page<StudentRow> page(int first, int size) {
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            String key = StudentListBacking.class.getName() + ":" + first + ":" + size;
            shown = (Page<StudentRow>) request.computeIfAbsent(key,
                    k -> service.list(scope, text, programme, status, first, size));
            return shown;
        }

        @Override
        public String getRowKey(StudentRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public StudentRow getRowData(String key) {
            return shown == null ? null
                    : shown.rows().stream().filter(r -> String.valueOf(r.id()).equals(key)).findFirst().orElse(null);
        }
    }
}
