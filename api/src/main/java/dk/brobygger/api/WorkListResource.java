package dk.brobygger.api;

import dk.brobygger.application.MenteeLine;
import dk.brobygger.application.SessionLogService;
import dk.brobygger.application.TaskLine;
import dk.brobygger.application.TaskService;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.student.Page;
import dk.brobygger.domain.task.Tasks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lists people work from, through the same services as the pages (docs/api.md): the contact person's tasks,
 * paged, with a task marked done from the version read, and the mentor's current mentees.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class WorkListResource {

    @EJB
    private TaskService tasks;

    @EJB
    private SessionLogService mentoring;

    /** A task of the contact person's, with its version as the one to mark it done by. */
    public record TaskJson(long id, long version, long student, String studentName, String kind, String offer,
                           String periodCode, String message, LocalDate dueOn, boolean overdue, String status) {
    }

    public record TaskPage(long total, int first, int size, List<TaskJson> tasks) {
    }

    public record DoneJson(String note) {
    }

    public record MenteePage(long total, int first, int size, List<MenteeLine> mentees) {
    }

    /** The mentor's current mentees, paged, with when they last met and who is overdue a session. */
    @GET
    @Path("mentees")
    @RolesAllowed(Role.MENTOR_NAME)
    public Response mentees(@QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("size") @DefaultValue("25") int size, @Context UriInfo uri) {
        Page<MenteeLine> page = mentoring.mentees(first, size);
        int from = Page.first(first);
        int rows = Page.rows(size);
        return Paging.links(Response.ok(new MenteePage(page.total(), from, rows, page.rows())), uri, from, rows,
                page.total()).build();
    }

    /** The caller's tasks: {@code show} OPEN (the default), OVERDUE or CLOSED; paged as the students' list. */
    @GET
    @Path("tasks")
    @RolesAllowed(Role.CONTACT_PERSON_NAME)
    public Response tasks(@QueryParam("show") @DefaultValue("OPEN") String show,
                          @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("size") @DefaultValue("25") int size, @Context HttpHeaders headers,
                          @Context UriInfo uri) {
        Tasks.Which which = Arrays.stream(Tasks.Which.values()).filter(w -> w.name().equalsIgnoreCase(show))
                .findFirst().orElseThrow(() -> new ProblemException(400, "api.parameter.invalid", "show"));
        Page<TaskLine> page = tasks.mine(which, first, size);
        Locale language = ApiLanguage.of(headers.getAcceptableLanguages());
        int from = Page.first(first);
        int rows = Page.rows(size);
        return Paging.links(Response.ok(new TaskPage(page.total(), from, rows, page.rows().stream()
                .map(t -> new TaskJson(t.id(), t.version(), t.studentId(), t.studentName(), t.kind().name(),
                        language.getLanguage().equals("en") ? t.offerEn() : t.offerDa(), t.periodCode(), t.message(),
                        t.dueOn(), t.overdue(), t.status().name())).toList())), uri, from, rows, page.total())
                .build();
    }

    /** Marks the task done with a note, from the version read ({@code If-Match}). */
    @POST
    @Path("tasks/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CONTACT_PERSON_NAME)
    public Response done(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DoneJson body) {
        tasks.done(id, Versions.required(ifMatch), Body.required(body).note());
        return Response.noContent().build();
    }
}
