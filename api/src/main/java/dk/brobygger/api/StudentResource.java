package dk.brobygger.api;

import dk.brobygger.application.StudentDetails;
import dk.brobygger.application.StudentRow;
import dk.brobygger.application.StudentService;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.student.StudentScope;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * Students through the same services, and so the same gate, as the pages: the caller's list, and one student's
 * record as the caller may see it.
 */
@Path("students")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME, Role.STUDENT_NAME,
    Role.EDUCATION_LEADER_NAME})
public class StudentResource {

    @EJB
    private StudentService students;

    /** The student as the caller's relationship lets them see it now; 403 (audited) otherwise. */
    public record StudentJson(long id, String name, String programme, String team, String view,
                              List<Contact> contactPersons, List<Period> placementPeriods) {
    }

    public record Contact(String name, String email) {
    }

    public record Period(long id, String code, String placement, LocalDate start, LocalDate end) {
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
        Response.ResponseBuilder answer = Response.ok(new StudentPage(page.total(), from, rows, page.rows()));
        if (from + rows < page.total()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("first", from + rows)
                    .replaceQueryParam("size", rows).build(), "next");
        }
        if (from > 0) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("first", Math.max(0, from - rows))
                    .replaceQueryParam("size", rows).build(), "prev");
        }
        return answer.build();
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
            default -> throw new BadRequestException("scope must be all, mine or supervised");
        };
    }

    @GET
    @Path("{id}")
    public StudentJson student(@PathParam("id") long id) {
        StudentDetails d = students.view(id);
        return new StudentJson(d.id(), d.name(), d.programme().name(), d.team(), d.view().name(),
                d.contacts().stream().map(c -> new Contact(c.name(), c.email())).toList(),
                d.periods().stream().map(p -> new Period(p.id(), p.code(), p.placement(), p.start(), p.end()))
                        .toList());
    }
}
