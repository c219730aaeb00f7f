package dk.brobygger.web.reports;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.report.ShownRow;
import dk.brobygger.web.reports.ShownTable.Column;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The training plan report (docs/training-plan.md), by site: plans agreed, midterm conversations completed on
 * time, the ended periods' statements, and absence. Counts of periods only, for the education leader.
 */
@Named
@ViewScoped
public class PlanReportBacking extends ReportBacking<List<ShownRow>> {

    private static final long serialVersionUID = 1L;

    private static final List<Column> COLUMNS = List.of(new Column("planReport.begun", false),
            new Column("planReport.agreed", true), new Column("planReport.midtermOnTime", true),
            new Column("planReport.ended", false), new Column("planReport.approved", true),
            new Column("planReport.notApproved", true), new Column("planReport.missing", true),
            new Column("planReport.absence", true));

    @Override
    protected Report<List<ShownRow>> make(ReportService reports, ReportFilter filter) {
        return reports.trainingPlans(filter);
    }

    @Override
    protected String titleKey() {
        return "planReport.title";
    }

    @Override
    protected String fileName() {
        return "oplaeringsplaner";
    }

    @Override
    protected List<ShownTable> shownTables(Report<List<ShownRow>> shown) {
        return List.of(new ShownTable("planReport.sheet", "report.site", COLUMNS, shown.tables()));
    }
}
