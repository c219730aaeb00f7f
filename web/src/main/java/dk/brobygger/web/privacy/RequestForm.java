package dk.brobygger.web.privacy;

import dk.brobygger.domain.privacy.RequestKind;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a new data-subject request (dpo/requests.xhtml). */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String student;
    private RequestKind kind;
    private LocalDate received;
    private String note;

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public LocalDate getReceived() {
        return received;
    }

    public void setReceived(LocalDate received) {
        this.received = received;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
