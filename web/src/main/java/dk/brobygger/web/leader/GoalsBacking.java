package dk.brobygger.web.leader;

import dk.brobygger.application.GoalCatalogueService;
import dk.brobygger.application.GoalFile;
import dk.brobygger.domain.plan.TrainingGoal;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The catalogue of training goals (leader/goals.xhtml, docs/training-plan.md): a programme's newest version, and
 * a new version imported from a file, whole or not at all, with each problem named by its line.
 */
@Named
@ViewScoped
public class GoalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GoalCatalogueService catalogue;

    private Programme programme = Programme.SSA;
    private transient List<TrainingGoal> goals;
    private transient Part file;
    private List<GoalFile.Problem> problems = List.of();

    public void show() {
        goals = catalogue.catalogue(programme);
    }

    public void importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0 || file.getSize() > GoalFile.MAX_BYTES) {
            Messages.error("upload:file", file == null || file.getSize() == 0 ? "import.file.choose"
                    : "goals.file.tooLarge", GoalFile.MAX_BYTES / 1024);
            FacesContext.getCurrentInstance().validationFailed();
            show();
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GoalFile.Content imported = catalogue.importGoals(content);
        if (imported.valid()) {
            Messages.done("goals.imported", "/leader/goals.xhtml", imported.goals().size(),
                    imported.programme().name(), imported.version());
        } else {
            problems = imported.problems();
            show();
        }
    }

    /** A problem of the file in the person's language, with its line. */
    public String describe(GoalFile.Problem problem) {
        return Messages.text("goals.file.line", problem.line()) + " "
                + Messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public List<TrainingGoal> getGoals() {
        return goals;
    }

    public List<GoalFile.Problem> getProblems() {
        return problems;
    }

    public String getHeader() {
        return GoalFile.HEADER;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
