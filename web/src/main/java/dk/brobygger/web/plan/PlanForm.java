package dk.brobygger.web.plan;

import dk.brobygger.application.PlanInput;
import dk.brobygger.domain.plan.TrainingPlan;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The plan's form (plan/index.xhtml): each writer's fields, and the version the writer started from. */
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
}
