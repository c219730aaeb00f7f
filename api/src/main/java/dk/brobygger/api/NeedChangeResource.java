package dk.brobygger.api;

import dk.brobygger.application.NeedService;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A need changed by the student's contact person, known by its own id (its student is the need's own): a new
 * version, from the version read ({@code If-Match}, the need's {@code version}). The earlier versions are kept,
 * and a consent keeps the version it was given for (docs/consent.md).
 */
@Path("needs/{id}")
@RolesAllowed(Role.CONTACT_PERSON_NAME)
public class NeedChangeResource {

    @EJB
    private NeedService needs;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") long needId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           NeedResource.NeedInput need) {
        needs.revise(needId, Versions.required(ifMatch), Body.required(need).content());
        return Response.noContent().build();
    }
}
