package dk.brobygger.api;

import dk.brobygger.application.InvalidInputException;
import dk.brobygger.application.NeedLine;
import dk.brobygger.application.NeedService;
import dk.brobygger.application.NeedsView;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A student's needs as the caller may see them at this moment, through the same service as the pages: whole for
 * the student and their contact person, and for a supervisor or mentor exactly what a consent in force shares, at
 * its level, asked again at every request (docs/consent.md). Every answer is audited with what was seen. The
 * contact person records and revises them.
 */
@Path("students/{id}/needs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME, Role.STUDENT_NAME})
public class NeedResource {

    @EJB
    private NeedService needs;

    /**
     * The needs seen. {@code everything} is true for the student and their contact person; for a recipient of
     * consents, {@code sharedUntil} holds the days the consents in force end, and a need shared for
     * accommodations only has no description.
     */
    public record NeedsJson(boolean everything, List<NeedJson> needs, List<LocalDate> sharedUntil) {
    }

    /**
     * One need as the caller may see it: who recorded it, where it came from, and its version (to change it by),
     * only for a whole view.
     */
    public record NeedJson(long id, int revision, String category, String description, String accommodations,
                           String source, String status, Instant recordedAt, String recordedBy, Long version) {

        static NeedJson of(NeedLine line, boolean whole) {
            return new NeedJson(line.needId(), line.revision(), line.category().name(), line.description(),
                    line.accommodations(), line.source() == null ? null : line.source().name(), line.status().name(),
                    line.recordedAt(), line.recordedBy(), whole ? line.version() : null);
        }
    }

    /** A need as the contact person writes it (here, and changed at {@link NeedChangeResource}); {@code accommodations} is what helps, and may be left out. */
    public record NeedInput(NeedCategory category, String description, String accommodations, NeedSource source,
                            NeedStatus status) {

        /** The need's content, every missing or too long field named. */
        NeedContent content() {
            Body.required(category, "category");
            Body.required(source, "source");
            Body.required(status, "status");
            if (description == null || description.isBlank()) {
                throw new InvalidInputException("description", "api.field.required");
            }
            for (Map.Entry<String, String> text : Map.of("description", description, "accommodations",
                    accommodations == null ? "" : accommodations).entrySet()) {
                if (text.getValue().strip().length() > NeedContent.TEXT_MAX) {
                    throw new InvalidInputException(text.getKey(), "api.field.tooLong", NeedContent.TEXT_MAX);
                }
            }
            return new NeedContent(category, description, accommodations, source, status);
        }
    }

    @GET
    public NeedsJson needs(@PathParam("id") long studentId) {
        NeedsView view = needs.needs(studentId);
        return new NeedsJson(view.everything(), view.needs().stream().map(n -> NeedJson.of(n, view.everything()))
                .toList(), view.sharedUntil());
    }

    /** The contact person records a need: 201 with the student's needs' address. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long studentId, NeedInput need, @Context UriInfo uri) {
        long id = needs.record(studentId, Body.required(need).content());
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(new StudentResource.Created(id)).build();
    }
}
