package dk.brobygger.api;

import dk.brobygger.application.ConsentLine;
import dk.brobygger.application.ConsentService;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.consent.ConsentStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A student's consents, shaped after HL7 FHIR's Consent resource (docs/api.md): read by the student and their
 * contact person, withdrawn by either with the version read ({@code If-Match}), through the same service as the
 * pages. The recipient's next request sees nothing of a withdrawn consent.
 */
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_PERSON_NAME, Role.STUDENT_NAME})
public class ConsentResource {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @EJB
    private ConsentService consents;

    /**
     * One consent. {@code status} is FHIR's: draft (proposed, not answered), active (given and in force), inactive
     * (withdrawn or ended) or not-done (declined).
     */
    public record ConsentJson(String resourceType, long id, String status, Reference subject, Instant date,
                              Period period, List<Reference> grantee, Provision provision, String purpose,
                              PolicyText policyText, Withdrawal withdrawal) {
    }

    public record Reference(String reference, String display) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    /** What is shared: the needs' categories, at one level (ACCOMMODATIONS or FULL). */
    public record Provision(List<String> data, String level) {
    }

    /** The text the student agreed to: its version and language, and its SHA-256 checksum. */
    public record PolicyText(String version, String language, String hash) {
    }

    public record Withdrawal(Instant at, String by, String reason) {
    }

    public record ConsentList(long student, List<ConsentJson> consents) {
    }

    /** Every consent of the student, newest first. */
    @GET
    public ConsentList consents(@QueryParam("student") Long student, @Context HttpHeaders headers) {
        if (student == null) {
            throw new ProblemException(400, "api.parameter.required", "student");
        }
        Locale language = ApiLanguage.of(headers.getAcceptableLanguages());
        return new ConsentList(student, consents.history(student).stream().map(c -> json(c, language)).toList());
    }

    /** One consent, with its version as the {@code ETag} to withdraw it by. */
    @GET
    @Path("{id}")
    public Response consent(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale language = ApiLanguage.of(headers.getAcceptableLanguages());
        ConsentLine line = consents.details(id, language.getLanguage()).consent();
        return Response.ok(json(line, language)).tag(Versions.tag(line.version())).build();
    }

    /** What a withdrawal says: the reason, required when the contact person withdraws on the student's request. */
    public record WithdrawalJson(String reason) {
    }

    /**
     * Withdraws a consent in force. {@code If-Match} must carry the {@code ETag} read: 428 without it, 412 when
     * the consent has changed since.
     */
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             WithdrawalJson body, @Context HttpHeaders headers) {
        consents.withdraw(id, Versions.required(ifMatch), body == null ? null : body.reason());
        return consent(id, headers);
    }

    private static ConsentJson json(ConsentLine c, Locale language) {
        String status = switch (c.status()) {
            case PROPOSED -> "draft";
            case DECLINED -> "not-done";
            case GIVEN -> c.active() ? "active" : "inactive";
        };
        boolean english = language.getLanguage().equals("en");
        return new ConsentJson("Consent", c.id(), status, new Reference("students/" + c.studentId(), null),
                c.status() == ConsentStatus.GIVEN ? c.givenAt() : c.proposedAt(),
                new Period(c.givenAt() == null ? null : LocalDate.ofInstant(c.givenAt(), DANISH_TIME), c.endsOn()),
                List.of(new Reference(null, english ? c.recipientEn() : c.recipientDa())),
                new Provision(c.needs().stream().map(Enum::name).toList(), c.level().name()), c.purpose(),
                c.textHash() == null ? null : new PolicyText(c.textVersion(), c.textLanguage(), c.textHash()),
                c.withdrawnAt() == null ? null : new Withdrawal(c.withdrawnAt(), c.withdrawnBy(), c.withdrawalReason()));
    }
}
