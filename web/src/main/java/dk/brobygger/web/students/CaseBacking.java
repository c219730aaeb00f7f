package dk.brobygger.web.students;

import dk.brobygger.application.CaseService;
import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A student's case, worked on by their current contact person (students/case.xhtml): open it, write in its
 * journal, close it with a reason.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    @EJB
    private CaseService cases;

    private Long id;
    private transient StudentDetails details;
    private transient StudentCase openCase;
    private final CaseForm form = new CaseForm();

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        details = students.viewFor(id, AuditAction.READ_JOURNAL);
        openCase = cases.openCase(id).orElse(null);
    }

    public void open() {
        StudentPages.after(Messages.attempt("case", () -> cases.open(id)), "case.opened", id, this::load);
    }

    public void addEntry() {
        StudentPages.after(Messages.attempt("journal", () -> cases.addEntry(id, form.getEntryDate(),
                form.getEntryText())), "journal.added", id, this::load);
    }

    public void close() {
        StudentPages.after(Messages.attempt("closeCase", () -> cases.close(id, form.getCloseReason())),
                "case.closed", id, this::load);
    }

    /** The open case with its journal; null when the student has none. */
    public StudentCase getOpenCase() {
        return openCase;
    }

    public CaseForm getForm() {
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
