package dk.brobygger.api;

import dk.brobygger.application.NeedLine;
import dk.brobygger.application.NeedService;
import dk.brobygger.application.NeedsView;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's needs as the caller may see them at this moment, through the same service as the pages: whole for
 * the student and their contact person, and for a supervisor or mentor exactly what a consent in force shares, at
 * its level, asked again at every request (docs/consent.md). Every answer is audited with what was seen.
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

    /** One need as the caller may see it: who recorded it, and where it came from, only for a whole view. */
    public record NeedJson(long id, int revision, String category, String description, String accommodations,
                           String source, String status, Instant recordedAt, String recordedBy) {

        static NeedJson of(NeedLine line) {
            return new NeedJson(line.needId(), line.revision(), line.category().name(), line.description(),
                    line.accommodations(), line.source() == null ? null : line.source().name(), line.status().name(),
                    line.recordedAt(), line.recordedBy());
        }
    }

    @GET
    public NeedsJson needs(@PathParam("id") long studentId) {
        NeedsView view = needs.needs(studentId);
        return new NeedsJson(view.everything(), view.needs().stream().map(NeedJson::of).toList(), view.sharedUntil());
    }
}
