package dk.brobygger.web.tasks;

import dk.brobygger.application.TaskLine;
import dk.brobygger.application.TaskService;
import dk.brobygger.domain.task.Tasks;
import dk.brobygger.web.layout.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The contact person's task list across their students, paged in the database. */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TaskService service;

    private Tasks.Which show = Tasks.Which.OPEN;
    private final PagedRows<TaskLine> rows = new PagedRows<>((first, size) -> service.mine(show, first, size),
            TaskLine::id);

    public PagedRows<TaskLine> getRows() {
        return rows;
    }

    public Tasks.Which[] getShowChoices() {
        return Tasks.Which.values();
    }

    public Tasks.Which getShow() {
        return show;
    }

    public void setShow(Tasks.Which show) {
        this.show = show;
    }
}
