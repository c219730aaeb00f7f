package dk.brobygger.api;

import dk.brobygger.application.AssignmentService;
import dk.brobygger.application.PlacementService;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.assignment.AssignmentKind;

import dk.brobygger.domain.assignment.MentorType;
import dk.brobygger.domain.mentoring.Cadence;
import dk.brobygger.domain.placement.PlacementPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The placements, the students' periods there, and who is assigned to each student, through the leader's services
 * (docs/api.md): the school's system reads the placements and registers periods; the education leader assigns.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    @EJB
    private PlacementService placements;

    @EJB
    private AssignmentService assignments;

    /** A placement: no supervisors' names, which are people's data the school's system does not need. */
    public record PlacementJson(long id, String name, String type, String size, String area) {
    }

    /** A period at a placement, for the student known by their number. */
    public record PeriodJson(String studentNumber, long placement, String code, LocalDate start, LocalDate end) {
    }

    /**
     * A person assigned to a student: {@code kind} CONTACT_PERSON or MENTOR; a mentor's {@code mentorType}
     * (INDIVIDUAL or PEER), and an individual mentor's {@code cadence} and end.
     */
    public record AssignmentJson(long student, String username, AssignmentKind kind, MentorType mentorType,
                                 Cadence cadence, LocalDate from, LocalDate to) {
    }

    @GET
    @Path("placements")
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
    public List<PlacementJson> placements() {
        return placements.placements().stream().map(p -> new PlacementJson(p.getId(), p.getName(),
                p.getType().name(), p.getSize() == null ? null : p.getSize().name(), p.getArea())).toList();
    }

    /** Registers a period: 201, or 400 naming the field (an unknown student number, an overlapping period). */
    @POST
    @Path("placement-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.INTEGRATION_IMPORT_NAME})
    public Response registerPeriod(PeriodJson period, @Context UriInfo uri) {
        Body.required(period);
        long id = placements.registerPeriod(period.studentNumber(), period.placement(), period.code(),
                Body.required(period.start(), "start"), Body.required(period.end(), "end"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }

    /** A period as registered, where a registration's {@code Location} points: read by the education leader. */
    @GET
    @Path("placement-periods/{id}")
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public PeriodJson period(@PathParam("id") long id) {
        PlacementPeriod p = placements.periodForEdit(id);
        return new PeriodJson(p.getStudent().getStudentNumber(), p.getPlacement().getId(), p.getPeriodCode(),
                p.getStartDate(), p.getEndDate());
    }

    /** Assigns a contact person or mentor: 201 with the student's address, where the assignment shows. */
    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDUCATION_LEADER_NAME)
    public Response assign(AssignmentJson assignment, @Context UriInfo uri) {
        Body.required(assignment);
        assignments.assign(assignment.student(), assignment.username(), Body.required(assignment.kind(), "kind"),
                assignment.mentorType(), assignment.cadence(), Body.required(assignment.from(), "from"),
                assignment.to());
        URI student = uri.getBaseUriBuilder().path("students").path(String.valueOf(assignment.student())).build();
        return Response.created(student).build();
    }
}
