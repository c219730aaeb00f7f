package dk.brobygger.web.students;

import dk.brobygger.application.AssignmentService;
import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A student's contact persons and mentors, assigned and ended by the education leader
 * (students/assignments.xhtml). An ended assignment stays in the history.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    @EJB
    private AssignmentService assignments;

    private Long id;
    private transient StudentDetails details;
    private final AssignmentForm form = new AssignmentForm();

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        details = students.viewFor(id, AuditAction.ASSIGN);
    }

    public void assign() {
        StudentPages.after(Messages.attempt("assign", () -> assignments.assign(id, form.getUsername(), form.getKind(),
                form.mentorTypeToSave(), form.cadenceToSave(), form.getFrom(), form.getTo())), "assignment.added", id,
                this::load);
    }

    /** Ends an assignment today, against the version the person saw; it stays in the history. */
    public void end(long assignmentId, long assignmentVersion) {
        StudentPages.after(Messages.attempt("assignments", () -> assignments.end(assignmentId, assignmentVersion,
                LocalDate.now(), null)), "assignment.ended", id, this::load);
    }

    public AssignmentKind[] getKinds() {
        return AssignmentKind.values();
    }

    public MentorType[] getMentorTypes() {
        return MentorType.values();
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public AssignmentForm getForm() {
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
