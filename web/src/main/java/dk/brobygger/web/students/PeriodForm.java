package dk.brobygger.web.students;

import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a new placement period (students/period.xhtml). */
public class PeriodForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long placement;
    private String code;
    private LocalDate start;
    private LocalDate end;

    public Long getPlacement() {
        return placement;
    }

    public void setPlacement(Long placement) {
        this.placement = placement;
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
}
