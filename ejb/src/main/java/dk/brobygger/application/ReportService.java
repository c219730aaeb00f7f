package dk.brobygger.application;

import dk.brobygger.domain.access.Role;
import dk.brobygger.domain.audit.AuditAction;
import dk.brobygger.domain.audit.AuditEntry;
import dk.brobygger.domain.report.Cohort;
import dk.brobygger.domain.report.CountTable;
import dk.brobygger.domain.report.DropoutRow;
import dk.brobygger.domain.report.MentoringTables;
import dk.brobygger.domain.report.OfferTables;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.report.Reports;
import dk.brobygger.domain.report.ShownRow;
import dk.brobygger.domain.report.SmallCells;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

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
    static final String COVERAGE = "ConsentCoverageReport";
    static final String MENTORING = "MentoringReport";
    static final String PLANS = "TrainingPlanReport";

    /** How many months back the mentoring report looks. */
    static final int MENTORING_MONTHS = 12;

    /**
     * The training plans: periods begun, of them agreed and midterm on time; periods ended, of them approved, not
     * approved and without a statement (which make up the ended, so a hidden one cannot be worked out); periods
     * with absence, of those begun.
     */
    private static final int[] PLAN_SHARES = {CountTable.NO_SHARE, 0, 0, CountTable.NO_SHARE, 3, 3, 3, 0};
    private static final List<SmallCells.Sum> PLAN_SUMS = List.of(new SmallCells.Sum(3, 4, 5, 6));

    /** Consent coverage: placed with needs, of them sharing with the placement, ending soon, unanswered. */
    private static final int[] COVERAGE_SHARES = {CountTable.NO_SHARE, 0, CountTable.NO_SHARE, CountTable.NO_SHARE};

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
        return run(AuditAction.RUN_REPORT, DROPOUT, asked, LocalDate.now(clock).minusMonths(3).getYear(),
                (filter, day) -> reports.dropout(filter, day).stream().map(Cohort::row).toList());
    }

    /**
     * The support offers: each catalogue offer's uptake and how it helped, dropout with and without it, and the
     * transition tasks; without years, the students who started in the last {@value #DEFAULT_YEARS} years.
     */
    public Report<OfferTables> offers(ReportFilter asked) {
        return run(AuditAction.RUN_REPORT, OFFERS, asked, LocalDate.now(clock).getYear(),
                (filter, day) -> OfferTables.of(reports.offerUptake(filter), reports.offerComparison(filter),
                        reports.transitionTasks(filter, day)));
    }

    /**
     * Mentoring by site over the last {@value #MENTORING_MONTHS} months: mentees and sessions by peer or individual
     * mentor, the individual mentees overdue now, and the follow-ups raised and handled; without years, the
     * students who started in the last {@value #DEFAULT_YEARS} years.
     */
    public Report<MentoringTables> mentoring(ReportFilter asked) {
        return run(AuditAction.RUN_REPORT, MENTORING, asked, LocalDate.now(clock).getYear(), (filter, day) -> {
            LocalDate first = day.minusMonths(MENTORING_MONTHS).plusDays(1);
            return MentoringTables.of(reports.mentoringSessions(filter, first, day),
                    reports.individualMentees(filter, day), reports.followUps(filter, first, day), day,
                    MENTORING_MONTHS);
        });
    }

    /**
     * Consent coverage, by site: whether the needs of students in or soon in a placement reach it; without years,
     * the students who started in the last {@value #DEFAULT_YEARS} years. The data protection officer runs it too.
     */
    @RolesAllowed({Role.EDUCATION_LEADER_NAME, Role.DATA_PROTECTION_OFFICER_NAME})
    public Report<List<ShownRow>> consentCoverage(ReportFilter asked) {
        return run(AuditAction.RUN_CONSENT_REPORT, COVERAGE, asked, LocalDate.now(clock).getYear(), (filter, day) ->
                CountTable.shown(reports.consentCoverage(filter, day), List.of(), COVERAGE_SHARES, true));
    }

    /**
     * The training plans by site (docs/training-plan.md): plans agreed, midterm conversations completed on time,
     * statements issued and approved, and absence, over the periods begun of the students who started in the
     * chosen years (without years, the last {@value #DEFAULT_YEARS}).
     */
    public Report<List<ShownRow>> trainingPlans(ReportFilter asked) {
        return run(AuditAction.RUN_REPORT, PLANS, asked, LocalDate.now(clock).getYear(), (filter, day) ->
                CountTable.shown(reports.trainingPlans(filter, day), PLAN_SUMS, PLAN_SHARES, true));
    }

    /** Runs a report through the gate, audited with its filters, its years filled in when not chosen. */
    private <T> Report<T> run(AuditAction action, String report, ReportFilter asked, int lastYear,
                              BiFunction<ReportFilter, LocalDate, T> tables) {
        if (asked.fromYear() != null && asked.toYear() != null && asked.fromYear() > asked.toYear()) {
            throw new InvalidInputException("toYear", "report.years.order");
        }
        return gate.run(AuditEntry.of(action, report, null, null), act -> {
            LocalDate day = LocalDate.now(clock);
            int to = asked.toYear() != null ? asked.toYear() : lastYear;
            int from = asked.fromYear() != null ? asked.fromYear() : to - DEFAULT_YEARS + 1;
            ReportFilter filter = asked.years(from, Math.max(from, to));
            act.report(filter);
            // every year from the first start to the report's last, so that the filter's years are always choices
            List<Integer> known = reports.startYears();
            List<Integer> years = IntStream.rangeClosed(known.isEmpty() ? from : Math.min(from, known.get(0)),
                    known.isEmpty() ? filter.toYear() : Math.max(filter.toYear(), known.get(known.size() - 1)))
                    .boxed().toList();
            return new Report<>(filter, day, tables.apply(filter, day), years, reports.teams());
        });
    }
}
