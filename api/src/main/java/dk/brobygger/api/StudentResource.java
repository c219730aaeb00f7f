package dk.brobygger.api;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentFile;
import dk.brobygger.application.StudentForm;
import dk.brobygger.application.StudentRow;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Students through the same services, and so the same gate, as the pages: the caller's list, one student's record
 * as the caller may see it, and a student created or changed (from the version read) by the students file's rules.
 */
@Path("students")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME, Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME})
public class StudentResource {

    @EJB
    private StudentService students;

    @Inject
    private Clock clock;

    /** The student as the caller's relationship lets them see it now; 403 (audited) otherwise. */
    public record StudentJson(long id, String name, String programme, String team, String view, String studentNumber,
                              List<Contact> contactPersons, List<Period> placementPeriods) {
    }

    public record Contact(String name, String email) {
    }

    public record Period(long id, String code, String placement, LocalDate start, LocalDate end) {
    }

    /** What a creation answers besides its address: the new record's id. */
    public record Created(long id) {
    }

    /** One page of a list of students, with where it is in the whole. */
    public record StudentPage(long total, int first, int size, List<StudentRow> students) {
    }

    /**
     * The caller's list of students, one page, searched by name or student number in the database: the contact
     * person's own students ({@code scope=mine}), the supervisor's ({@code supervised}), or all (the education
     * leader, {@code all}); by default the one the caller's role has. The next and previous pages are in the
     * {@code Link} header (RFC 8288).
     */
    @GET
    public Response students(@QueryParam("scope") String scope, @QueryParam("q") String text,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("25") int size, @Context SecurityContext caller,
                         @Context UriInfo uri) {
        StudentScope which = scope(scope, caller);
        int from = Page.first(first);
        int rows = Page.rows(size);
        Page<StudentRow> page = students.list(which, text == null || text.isBlank() ? null : text.strip(), null,
                null, from, rows);
        return Paging.links(Response.ok(new StudentPage(page.total(), from, rows, page.rows())), uri, from, rows,
                page.total()).build();
    }

    private static StudentScope scope(String asked, SecurityContext caller) {
        if (asked == null) {
            return caller.isUserInRole(Role.EDUCATION_LEADER_NAME) ? StudentScope.ALL
                    : caller.isUserInRole(Role.CONTACT_PERSON_NAME) ? StudentScope.MY_STUDENTS
                    : StudentScope.SUPERVISED;
        }
        return switch (asked) {
            case "all" -> StudentScope.ALL;
            case "mine" -> StudentScope.MY_STUDENTS;
            case "supervised" -> StudentScope.SUPERVISED;
            default -> throw new ProblemException(400, "api.parameter.invalid", "scope");
        };
    }

    /** The student's record as the caller may see it; with the whole record, its version as the {@code ETag}. */
    @GET
    @Path("{id}")
    public Response student(@PathParam("id") long id) {
        StudentDetails d = students.view(id);
        StudentJson json = new StudentJson(d.id(), d.name(), d.programme().name(), d.team(), d.view().name(),
                d.student() == null ? null : d.student().getStudentNumber(),
                d.contacts().stream().map(c -> new Contact(c.name(), c.email())).toList(),
                d.periods().stream().map(p -> new Period(p.id(), p.code(), p.placement(), p.start(), p.end()))
                        .toList());
        Response.ResponseBuilder answer = Response.ok(json);
        return d.student() == null ? answer.build() : answer.tag(Versions.tag(d.student().getVersion())).build();
    }

    /**
     * A new student (the education leader or a contact person), with the details of the students file's JSON line:
     * 201 with its address and id, or 400 naming every field that is wrong.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(content = @Content(schema = @Schema(
            implementation = StudentImportResource.StudentLineJson.class))) JsonObject details, @Context UriInfo uri) {
        long id = students.create(form(details));
        // the id only: a contact person who creates a student is not yet her contact person, and reads nothing more
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id))
                .build();
    }

    /** The student's details replaced, from the version read ({@code If-Match}): 412 when someone saved since. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(schema = @Schema(
                                   implementation = StudentImportResource.StudentLineJson.class))) JsonObject details) {
        students.update(id, Versions.required(ifMatch), form(details));
        return student(id);
    }

    /** The details checked by the students file's rules, every problem named by its field. */
    private StudentForm form(JsonObject details) {
        StudentFile.Row row = StudentFile.student(details, LocalDate.now(clock));
        if (!row.valid()) {
            throw new ProblemException(400, "api.invalid.fields").fields(row.problems());
        }
        return row.student();
    }
}
