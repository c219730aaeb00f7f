package dk.brobygger.web.plan;

import dk.brobygger.application.PlanInput;
import dk.brobygger.domain.plan.AbsenceReason;
import dk.brobygger.domain.plan.TrainingPlan;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The plan page's forms (plan/index.xhtml): each writer's fields of the plan and the version the writer started
 * from; the supervisor's statement and a record of absence.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text the plan holds in a field (the database's limit). */
    static final int TEXT_MAX = 4000;

    @Size(max = TEXT_MAX)
    private String studentGoals;
    @Size(max = TEXT_MAX)
    private String schoolPart;
    private LocalDate midterm;
    private LocalDate last;
    private long version;
    /** The statement: "true" approves, "false" does not; null until chosen. */
    private String approved;
    @Size(max = 2000)
    private String statementReason;
    private LocalDate absenceFirstDay;
    private Integer absenceDays;
    private AbsenceReason absenceReason;

    /** Filled from the stored plan, or empty for a plan not yet written. */
    void from(TrainingPlan plan) {
        if (plan != null) {
            studentGoals = plan.getStudentGoals();
            schoolPart = plan.getSchoolPart();
            midterm = plan.getMidtermDate();
            last = plan.getFinalDate();
            version = plan.getVersion();
        }
    }

    PlanInput input() {
        return new PlanInput(studentGoals, schoolPart, midterm, last);
    }

    long version() {
        return version;
    }

    Boolean approval() {
        return approved == null || approved.isEmpty() ? null : Boolean.valueOf(approved);
    }

    public String getStudentGoals() {
        return studentGoals;
    }

    public void setStudentGoals(String studentGoals) {
        this.studentGoals = studentGoals;
    }

    public String getSchoolPart() {
        return schoolPart;
    }

    public void setSchoolPart(String schoolPart) {
        this.schoolPart = schoolPart;
    }

    public LocalDate getMidterm() {
        return midterm;
    }

    public void setMidterm(LocalDate midterm) {
        this.midterm = midterm;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getApproved() {
        return approved;
    }

    public void setApproved(String approved) {
        this.approved = approved;
    }

    public String getStatementReason() {
        return statementReason;
    }

    public void setStatementReason(String statementReason) {
        this.statementReason = statementReason;
    }

    public LocalDate getAbsenceFirstDay() {
        return absenceFirstDay;
    }

    public void setAbsenceFirstDay(LocalDate absenceFirstDay) {
        this.absenceFirstDay = absenceFirstDay;
    }

    public Integer getAbsenceDays() {
        return absenceDays;
    }

    public void setAbsenceDays(Integer absenceDays) {
        this.absenceDays = absenceDays;
    }

    public AbsenceReason getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(AbsenceReason absenceReason) {
        this.absenceReason = absenceReason;
    }
}
