package dk.brobygger.web.tasks;

import dk.brobygger.domain.task.Task;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The field of a task marked done (contact/task.xhtml): a note of what was done. */
public class TaskDoneForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Task.NOTE_MAX)
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
