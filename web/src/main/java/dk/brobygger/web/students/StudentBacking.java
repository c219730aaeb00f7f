package dk.brobygger.web.students;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentRecord;
import dk.brobygger.application.StudentRecordService;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.student.AgeBand;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One student's page, and the student's own. Everything shown comes from the service, which has decided how much
 * this person may see; the page only chooses which of the returned parts to show, and links to the pages of what
 * the person may do (status.xhtml, assignments.xhtml, period.xhtml, case.xhtml, each with its own bean).
 */
@Named
@ViewScoped
public class StudentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentRecordService records;

    private Long id;
    private transient StudentRecord record;

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        record = records.record(id);
    }

    /** For the student's own page. */
    public void loadOwn() {
        record = records.own().orElse(null);
    }

    public AgeBand getAgeBand() {
        return record.details().student().ageBand(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The record as the service returned it for this reader; null on the own page of a student not linked. */
    public StudentRecord getRecord() {
        return record;
    }

    public StudentDetails getDetails() {
        return record == null ? null : record.details();
    }

    public StudentCase getOpenCase() {
        return record == null ? null : record.openCase();
    }
}
