package dk.brobygger.api;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.student.SchoolSite;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * The reports' aggregates as the report pages show them (docs/reports.md), through the same service: counted in
 * the database, with every cell of fewer than five students, and any that would reveal one, hidden
 * ({@code "hidden": true}, no count). Filtered by site, team and start years.
 */
@Path("reports/{report}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
public class ReportResource {

    @EJB
    private ReportService reports;

    /**
     * One report: {@code dropout}, {@code offers}, {@code mentoring}, {@code consent-coverage} or
     * {@code training-plans}; a row's cells are the report page's columns, in its order.
     */
    @GET
    public Response report(@PathParam("report") String report, @QueryParam("site") String site,
                            @QueryParam("team") String team, @QueryParam("fromYear") Integer fromYear,
                            @QueryParam("toYear") Integer toYear) {
        ReportFilter filter = new ReportFilter(site == null ? null : Arrays.stream(SchoolSite.values())
                .filter(s -> s.name().equalsIgnoreCase(site)).findFirst()
                .orElseThrow(() -> new ProblemException(400, "api.parameter.invalid", "site")), team, fromYear, toYear);
        Report<?> counted = switch (report) {
            case "dropout" -> reports.dropout(filter);
            case "offers" -> reports.offers(filter);
            case "mentoring" -> reports.mentoring(filter);
            case "consent-coverage" -> reports.consentCoverage(filter);
            case "training-plans" -> reports.trainingPlans(filter);
            default -> throw new ProblemException(404, "api.notFound");
        };
        return Response.ok(counted).build();
    }
}
