package dk.brobygger.web.audit;

import dk.brobygger.application.AuditQuery;
import dk.brobygger.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.LocalDate;

/** The audit trail's search form: who, about which student, when and what (each optional). */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private Long studentId;
    private LocalDate from;
    private LocalDate to;
    private AuditAction action;

    AuditQuery query() {
        return new AuditQuery(studentId, username, from, to, action);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
