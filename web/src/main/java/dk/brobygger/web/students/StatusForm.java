package dk.brobygger.web.students;

import dk.brobygger.domain.student.StatusChange;
import dk.brobygger.domain.student.StudentStatus;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a status change (students/status.xhtml). */
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private StudentStatus status;
    private LocalDate date = LocalDate.now();
    @Size(max = StatusChange.REASON_MAX)
    private String reason;

    public StudentStatus getStatus() {
        return status;
    }

    public void setStatus(StudentStatus status) {
        this.status = status;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
