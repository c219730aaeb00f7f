package dk.brobygger.web.leader;

import dk.brobygger.application.ImportPreview;
import dk.brobygger.application.ImportPreview.Line;
import dk.brobygger.application.ImportPreview.Outcome;
import dk.brobygger.application.StudentFile;
import dk.brobygger.application.StudentImportService;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Importing students from a file: the file is read and checked, the person sees what would happen line by line,
 * and only then imports it. The file's bytes stay with the page between the two steps.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StudentImportService service;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;

    public void check() {
        preview = null;
        if (file == null || file.getSize() == 0) {
            fail("import.file.choose");
            return;
        }
        if (file.getSize() > StudentFile.MAX_BYTES) {
            fail("import.file.tooLarge", StudentFile.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fileName = file.getSubmittedFileName();
        preview = service.preview(content, StudentFile.Format.CSV);
    }

    private static void fail(String key, Object... arguments) {
        Messages.error("upload:file", key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void importFile() {
        ImportPreview[] imported = {null};
        if (Messages.attempt("confirm", () -> imported[0] = service.importFile(content, StudentFile.Format.CSV))) {
            Messages.done("import.done", "/leader/index.xhtml", imported[0].count(Outcome.NEW),
                    imported[0].count(Outcome.CHANGED), imported[0].count(Outcome.UNCHANGED));
        } else {
            preview = service.preview(content, StudentFile.Format.CSV);
        }
    }

    /** The lines worth reading: those with problems first, then new and changed students; unchanged are counted. */
    public List<Line> getLines() {
        return preview.lines().stream().filter(l -> l.outcome() != Outcome.UNCHANGED)
                .sorted(Comparator.comparing((Line l) -> l.outcome() != Outcome.INVALID)).toList();
    }

    /** A line's problems (or the file's), in the person's language, with the column each concerns. */
    public String describe(List<StudentFile.Problem> problems) {
        return problems.stream().map(p -> (p.column() == null ? "" : "\u201C" + p.column().header() + "\u201D: ")
                + Messages.text(p.messageKey(), p.arguments().toArray())).collect(Collectors.joining(" "));
    }

    public String changes(Line line) {
        return line.changes().stream().map(StudentFile.Column::header).collect(Collectors.joining(", "));
    }

    public long count(String outcome) {
        return preview.count(Outcome.valueOf(outcome));
    }

    /** Whether importing would store anything. */
    public boolean isReady() {
        return preview != null && preview.valid() && count("NEW") + count("CHANGED") > 0;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
