package dk.brobygger.web.leader;

import dk.brobygger.domain.placement.PlacementPeriod;
import dk.brobygger.domain.profile.UserProfile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The fields of a placement period changed by the education leader (leader/period.xhtml). */
public class EditPeriodForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private LocalDate start;
    private LocalDate end;
    private List<Long> supervisors = new ArrayList<>();

    /** The fields as the period has them now. */
    void fill(PlacementPeriod period) {
        code = period.getPeriodCode();
        start = period.getStartDate();
        end = period.getEndDate();
        supervisors = period.getSupervisors().stream().map(UserProfile::getId).collect(Collectors.toCollection(ArrayList::new));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public List<Long> getSupervisors() {
        return supervisors;
    }

    public void setSupervisors(List<Long> supervisors) {
        this.supervisors = supervisors;
    }
}
