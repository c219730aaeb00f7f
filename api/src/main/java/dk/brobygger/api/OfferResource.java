package dk.brobygger.api;

import dk.brobygger.application.OfferLine;
import dk.brobygger.application.OfferService;
import dk.brobygger.domain.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The support offers a student gets, as the caller may see them now, through the same service as the pages: all
 * for the student and their contact person; for a supervisor or mentor only those agreed, active or completed that
 * answer needs a consent in force shares, without who is responsible or the outcome (docs/consent.md).
 */
@Path("students/{id}/offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.TRAINING_SUPERVISOR_NAME, Role.MENTOR_NAME, Role.STUDENT_NAME})
public class OfferResource {

    @EJB
    private OfferService offers;

    /** An offer of the catalogue to the student; the responsible person and outcome only for a whole view. */
    public record OfferJson(long id, String code, String name, String status, Instant since, List<String> needs,
                            String responsible, String outcome) {
    }

    @GET
    public List<OfferJson> offers(@PathParam("id") long studentId, @Context HttpHeaders headers) {
        boolean english = ApiLanguage.of(headers.getAcceptableLanguages()).getLanguage().equals("en");
        return offers.offers(studentId).stream().map(o -> offer(o, english)).toList();
    }

    private static OfferJson offer(OfferLine o, boolean english) {
        return new OfferJson(o.id(), o.code(), english ? o.nameEn() : o.nameDa(), o.status().name(), o.since(),
                o.needs().stream().map(Enum::name).toList(), o.responsible(), o.outcome());
    }
}
