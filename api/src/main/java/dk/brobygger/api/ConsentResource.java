package dk.brobygger.api;

import dk.brobygger.application.ConsentDraft;
import dk.brobygger.application.ConsentLine;
import dk.brobygger.application.ConsentService;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.consent.ConsentStatus;
import dk.brobygger.domain.consent.ConsentText;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A student's consents, shaped after HL7 FHIR's Consent resource (docs/api.md), through the same service as the
 * pages: read by the student and their contact person, proposed by the contact person, accepted by the student
 * having read the text, and withdrawn by either, each change from the version read ({@code If-Match}). The
 * recipient's next request sees nothing of a withdrawn consent.
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

    /**
     * The text the student agrees to: its version and language, its SHA-256 checksum, and, for one consent read by
     * itself, the text (as agreed to once given; as it would read now while proposed).
     */
    public record PolicyText(String version, String language, String hash, String text) {
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
        return new ConsentList(student, consents.history(student).stream().map(c -> json(c, language,
                c.textHash() == null ? null : new PolicyText(c.textVersion(), c.textLanguage(), c.textHash(), null)))
                .toList());
    }

    /** One consent with its text, and its version as the {@code ETag} to answer or withdraw it by. */
    @GET
    @Path("{id}")
    public Response consent(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale language = ApiLanguage.of(headers.getAcceptableLanguages());
        ConsentService.Details details = consents.details(id, language.getLanguage());
        ConsentText.Rendered text = details.text();
        // once given, the checksum stored when the student agreed; while proposed, the one to accept the text by
        String hash = details.consent().textHash() != null ? details.consent().textHash() : text.hash();
        return Response.ok(json(details.consent(), language, new PolicyText(text.version(), text.language(), hash,
                text.text()))).tag(Versions.tag(details.consent().version())).build();
    }

    /**
     * A proposal the contact person makes: {@code grantee} is the recipient, {@code period:<id>} (the period's
     * supervisors) or {@code mentor:<assignment id>}; {@code needs} the ids of the student's needs shared, at
     * {@code level}; {@code validUntil} by default the recipient's end.
     */
    public record ProposalJson(long student, String grantee, List<Long> needs, ConsentLevel level, String purpose,
                               LocalDate validUntil) {
    }

    /** Proposes a consent for the student to answer: 201 with its address. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(ProposalJson proposal, @Context UriInfo uri) {
        Body.required(proposal);
        long id = consents.propose(new ConsentDraft(proposal.student(), proposal.grantee(), proposal.needs(),
                proposal.level(), proposal.purpose(), proposal.validUntil()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }

    /** What the student accepts: the checksum of the text they were shown ({@code policyText.hash}). */
    public record AcceptanceJson(String textHash) {
    }

    /**
     * The student accepts a proposal, from the version read ({@code If-Match}), having read the text whose checksum
     * they send (a text that has changed since is refused, 400); answers the consent as it is now.
     */
    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AcceptanceJson body, @Context HttpHeaders headers) {
        consents.accept(id, Versions.required(ifMatch), ApiLanguage.of(headers.getAcceptableLanguages())
                .getLanguage(), Body.required(Body.required(body).textHash(), "textHash"));
        return consent(id, headers);
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

    private static ConsentJson json(ConsentLine c, Locale language, PolicyText policyText) {
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
                new Provision(c.needs().stream().map(Enum::name).toList(), c.level().name()), c.purpose(), policyText,
                c.withdrawnAt() == null ? null : new Withdrawal(c.withdrawnAt(), c.withdrawnBy(), c.withdrawalReason()));
    }
}
