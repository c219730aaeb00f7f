package dk.brobygger.web.students;

import dk.brobygger.domain.casework.JournalEntry;
import dk.brobygger.domain.casework.StudentCase;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the case page's forms (students/case.xhtml): a journal entry, and the reason for closing. */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate entryDate = LocalDate.now();
    @Size(max = JournalEntry.TEXT_MAX)
    private String entryText;
    @Size(max = StudentCase.CLOSE_REASON_MAX)
    private String closeReason;

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
}
