package dk.brobygger.web.tasks;

import dk.brobygger.application.TaskLine;
import dk.brobygger.application.TaskService;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** One task: the contact person marks it done with a note of what was done. */
@Named
@ViewScoped
public class TaskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TaskService service;

    private Long id;
    private TaskLine task;
    private final TaskDoneForm form = new TaskDoneForm();

    /** The page's view action. */
    public void load() {
        task = service.task(id);
    }

    public void done() {
        if (Messages.attempt("task", () -> service.done(id, task.version(), form.getNote()))) {
            Messages.done("task.marked", "/contact/tasks.xhtml");
        }
    }

    public TaskLine getTask() {
        return task;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TaskDoneForm getForm() {
        return form;
    }
}
