package dk.brobygger.api;

import dk.brobygger.application.ImportPreview;
import dk.brobygger.application.StudentFile;
import dk.brobygger.application.StudentImportService;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The students file of the school's administrative system, as CSV (the format of the leader's import page) or as
 * a JSON array (docs/api.md), with the same rule as the page: a preview stores nothing, and an import stores every
 * line or, when any line is wrong, none.
 */
@Path("student-imports")
@Consumes({"text/csv", MediaType.APPLICATION_JSON})
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
public class StudentImportResource {

    @EJB
    private StudentImportService imports;

    /** What the file does or would do, line by line, in the caller's language. */
    public record ImportJson(boolean valid, long created, long changed, long unchanged, long invalid,
                             List<String> fileProblems, List<LineJson> lines) {
    }

    /** One student of the file: NEW, CHANGED (with the fields), UNCHANGED or INVALID (with what is wrong). */
    public record LineJson(int line, String studentNumber, String outcome, List<String> changes,
                           List<Problem.FieldError> problems) {
    }

    /**
     * One student of a JSON file: the CSV file's columns (docs/student-import.md), each a text. Here for the OpenAPI
     * document, which describes the file with it ({@link ApiApplication}).
     */
    public record StudentLineJson(String studentNumber, String firstName, String lastName, String birthDate,
                                  String gender, String programme, String site, String team, String startDate) {
    }

    /** What importing the file would do; stores nothing. */
    @POST
    @Path("preview")
    public ImportJson preview(@RequestBody(ref = ApiApplication.STUDENTS_FILE) byte[] file,
                              @Context HttpHeaders headers) {
        return json(imports.preview(file, format(headers)), ApiLanguage.of(headers.getAcceptableLanguages()));
    }

    /** Imports the file when every line is valid; otherwise 400 and nothing is stored (the preview says why). */
    @POST
    public ImportJson importFile(@RequestBody(ref = ApiApplication.STUDENTS_FILE) byte[] file,
                                 @Context HttpHeaders headers) {
        return json(imports.importFile(file, format(headers)), ApiLanguage.of(headers.getAcceptableLanguages()));
    }

    private static StudentFile.Format format(HttpHeaders headers) {
        return headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE) ? StudentFile.Format.JSON
                : StudentFile.Format.CSV;
    }

    private static ImportJson json(ImportPreview preview, Locale language) {
        return new ImportJson(preview.valid(), preview.count(ImportPreview.Outcome.NEW),
                preview.count(ImportPreview.Outcome.CHANGED), preview.count(ImportPreview.Outcome.UNCHANGED),
                preview.count(ImportPreview.Outcome.INVALID),
                preview.fileProblems().stream().map(p -> Problem.FieldError.of(p, language).message()).toList(),
                preview.lines().stream().map(l -> new LineJson(l.line(), l.studentNumber(), l.outcome().name(),
                        l.changes().stream().map(StudentFile.Column::property).toList(),
                        l.problems().stream().map(p -> Problem.FieldError.of(p, language)).toList()))
                        .toList());
    }
}
