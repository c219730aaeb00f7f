package dk.brobygger.web.students;

import dk.brobygger.application.AssignmentService;
import dk.brobygger.application.CaseService;
import dk.brobygger.application.PlacementService;
import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentRecord;
import dk.brobygger.application.StudentRecordService;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.assignment.AssignmentKind;
import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.casework.StudentCase;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.placement.Placement;
import dk.brobygger.domain.student.AgeBand;
import dk.brobygger.domain.student.StudentStatus;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One student's page. Everything shown comes from the service, which has decided how much this person may see;
 * the page only chooses which of the returned parts to show. Every action reloads from the service, so a change
 * in access counts from the very next request.
 */
@Named
@ViewScoped
public class StudentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentService students;

    @EJB
    private StudentRecordService records;

    @EJB
    private CaseService cases;

    @EJB
    private AssignmentService assignments;

    @EJB
    private PlacementService placements;

    private Long id;
    private transient StudentRecord record;
    private transient List<Placement> placementChoices;

    private LocalDate entryDate = LocalDate.now();
    private String entryText;
    private String closeReason;

    private long version;
    private StudentStatus newStatus;
    private LocalDate statusDate = LocalDate.now();
    private String statusReason;

    private Long periodPlacement;
    private String periodCode;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    private String assignUsername;
    private AssignmentKind assignKind = AssignmentKind.CONTACT_PERSON;
    private MentorType mentorType;
    private LocalDate assignFrom = LocalDate.now();
    private LocalDate assignTo;
    private Cadence cadence;

    /** The page's view action; a missing or malformed id never gets here (the page's 404). */
    public void load() {
        record = records.record(id);
        version = record.details().student() == null ? 0 : record.details().student().getVersion();
    }

    /** For the student's own page. */
    public void loadOwn() {
        record = records.own().orElse(null);
    }

    public void openCase() {
        after(Messages.attempt("case", () -> cases.open(id)), "case.opened");
    }

    public void addEntry() {
        after(Messages.attempt("journal", () -> cases.addEntry(id, entryDate, entryText)), "journal.added");
    }

    public void closeCase() {
        after(Messages.attempt("closeCase", () -> cases.close(id, closeReason)), "case.closed");
    }

    /**
     * After an action: on success the confirmation and a fresh page by redirect (so reloading does not repeat
     * the action); on failure the same page with the messages and the fresh record behind it.
     */
    private void after(boolean succeeded, String confirmation) {
        if (succeeded) {
            Messages.done(confirmation, "/students/view.xhtml?id=" + id);
        } else {
            load();
        }
    }

    /** Saves a status change against the version the person saw; someone else's change in between wins. */
    public void changeStatus() {
        after(Messages.attempt("status", () -> students.changeStatus(id, version, newStatus, statusDate,
                statusReason)), "status.changed");
    }

    public StudentStatus[] getStatuses() {
        return StudentStatus.values();
    }

    public StudentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(StudentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public void assign() {
        after(Messages.attempt("assign", () -> assignments.assign(id, assignUsername, assignKind,
                assignKind == AssignmentKind.MENTOR ? mentorType : null,
                assignKind == AssignmentKind.MENTOR && mentorType == MentorType.INDIVIDUAL ? cadence : null,
                assignFrom, assignTo)), "assignment.added");
    }

    public void registerPeriod() {
        after(Messages.attempt("period", () -> placements.registerPeriod(id, periodPlacement == null ? -1
                : periodPlacement, periodCode, periodStart, periodEnd)), "period.registered");
    }

    /** The placements to choose from; asked only where the form shows (the education leader's view). */
    public List<Placement> getPlacements() {
        if (placementChoices == null) {
            placementChoices = placements.placements();
        }
        return placementChoices;
    }

    /** Ends an assignment today; it stays in the history. */
    public void endAssignment(long assignmentId, long version) {
        after(Messages.attempt("assignments", () -> assignments.end(assignmentId, version, LocalDate.now(), null)),
                "assignment.ended");
    }

    public AgeBand getAgeBand() {
        return record.details().student().ageBand(LocalDate.now());
    }

    public AssignmentKind[] getKinds() {
        return AssignmentKind.values();
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public MentorType[] getMentorTypes() {
        return MentorType.values();
    }

    public Long getPeriodPlacement() {
        return periodPlacement;
    }

    public void setPeriodPlacement(Long periodPlacement) {
        this.periodPlacement = periodPlacement;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
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

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public String getEntryText() {
        return entryText;
    }

    public void setEntryText(String entryText) {
        this.entryText = entryText;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public String getAssignUsername() {
        return assignUsername;
    }

    public void setAssignUsername(String assignUsername) {
        this.assignUsername = assignUsername;
    }

    public AssignmentKind getAssignKind() {
        return assignKind;
    }

    public void setAssignKind(AssignmentKind assignKind) {
        this.assignKind = assignKind;
    }

    public MentorType getMentorType() {
        return mentorType;
    }

    public void setMentorType(MentorType mentorType) {
        this.mentorType = mentorType;
    }

    public LocalDate getAssignFrom() {
        return assignFrom;
    }

    public void setAssignFrom(LocalDate assignFrom) {
        this.assignFrom = assignFrom;
    }

    public LocalDate getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(LocalDate assignTo) {
        this.assignTo = assignTo;
    }
}
