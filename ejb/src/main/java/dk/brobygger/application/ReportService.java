package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.report.Cohort;
import dk.brobygger.domain.report.DropoutRow;
import dk.brobygger.domain.report.OfferTables;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.report.Reports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The education leader's reports (docs/reports.md): counts only, never a student, with small counts hidden before
 * anything leaves the service. Each run is audited with the filters it was made with.
 */
@Stateless
@Gated
@RolesAllowed(Role.EDUCATION_LEADER_NAME)
public class ReportService {

    static final String DROPOUT = "DropoutReport";
    static final String OFFERS = "OfferReport";

    /** How many start years a report covers when none are chosen. */
    static final int DEFAULT_YEARS = 3;

    @Inject
    private Gate gate;

    @Inject
    private Reports reports;

    @Inject
    private Clock clock;

    /**
     * Dropout three months after start, by programme and start year, as uddannelsesstatistik.dk's table shows it;
     * without years, the last {@value #DEFAULT_YEARS} start years whose three months have passed.
     */
    public Report<List<DropoutRow>> dropout(ReportFilter asked) {
        return run(DROPOUT, asked, LocalDate.now(clock).minusMonths(3).getYear(), (filter, day) ->
                reports.dropout(filter, day).stream().map(Cohort::row).toList());
    }

    /**
     * The support offers: each catalogue offer's uptake and how it helped, dropout with and without it, and the
     * transition tasks; without years, the students who started in the last {@value #DEFAULT_YEARS} years.
     */
    public Report<OfferTables> offers(ReportFilter asked) {
        return run(OFFERS, asked, LocalDate.now(clock).getYear(), (filter, day) -> OfferTables.of(
                reports.offerUptake(filter), reports.offerComparison(filter), reports.transitionTasks(filter, day)));
    }

    /** Runs a report through the gate, audited with its filters, its years filled in when not chosen. */
    private <T> Report<T> run(String report, ReportFilter asked, int lastYear,
                              BiFunction<ReportFilter, LocalDate, T> tables) {
        if (asked.fromYear() != null && asked.toYear() != null && asked.fromYear() > asked.toYear()) {
            throw new InvalidInputException("toYear", "report.years.order");
        }
        return gate.run(AuditEntry.of(AuditAction.RUN_REPORT, report, null, null), act -> {
            LocalDate day = LocalDate.now(clock);
            int to = asked.toYear() != null ? asked.toYear() : lastYear;
            int from = asked.fromYear() != null ? asked.fromYear() : to - DEFAULT_YEARS + 1;
            ReportFilter filter = asked.years(from, Math.max(from, to));
            act.detail(report + ": site " + filter.site() + ", team " + filter.team() + ", start years "
                    + filter.fromYear() + "-" + filter.toYear());
            return new Report<>(filter, day, tables.apply(filter, day), reports.startYears(), reports.teams());
        });
    }
}
