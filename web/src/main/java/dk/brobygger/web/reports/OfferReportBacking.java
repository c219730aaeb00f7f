package dk.brobygger.web.reports;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.report.OfferTables;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.web.reports.ShownTable.Column;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The support offers report (docs/reports.md): each catalogue offer's uptake and how it helped, dropout with and
 * without it (a comparison, not an effect), and how the transition tasks were kept.
 */
@Named
@ViewScoped
public class OfferReportBacking extends ReportBacking<OfferTables> {

    private static final long serialVersionUID = 1L;

    private static final List<Column> UPTAKE = List.of(new Column("offerReport.proposed", true),
            new Column("offerReport.agreed", true), new Column("offerReport.active", true),
            new Column("offerReport.completed", true), new Column("offerReport.declined", true),
            new Column("offerReport.cancelled", true), new Column("offerReport.all", false),
            new Column("offerReport.helpedYes", true), new Column("offerReport.helpedPartly", true),
            new Column("offerReport.helpedNo", true));
    private static final List<Column> COMPARISON = List.of(new Column("offerReport.completedStudents", false),
            new Column("offerReport.completedDropped", true), new Column("offerReport.completedStayed", true),
            new Column("offerReport.otherStudents", false), new Column("offerReport.otherDropped", true),
            new Column("offerReport.otherStayed", true));
    private static final List<Column> TASKS = List.of(new Column("offerReport.onTime", true),
            new Column("offerReport.late", true), new Column("offerReport.overdue", true),
            new Column("offerReport.notDue", true), new Column("offerReport.allTasks", false));

    @Override
    protected Report<OfferTables> make(ReportService reports, ReportFilter filter) {
        return reports.offers(filter);
    }

    @Override
    protected String titleKey() {
        return "offerReport.title";
    }

    @Override
    protected String fileName() {
        return "indsatser";
    }

    @Override
    protected List<ShownTable> shownTables(Report<OfferTables> shown) {
        OfferTables tables = shown.tables();
        return List.of(new ShownTable("offerReport.uptake.sheet", "offerReport.offer", UPTAKE, tables.uptake()),
                new ShownTable("offerReport.comparison.sheet", "offerReport.offer", COMPARISON, tables.comparison()),
                new ShownTable("offerReport.tasks.sheet", "offerReport.offer", TASKS, tables.tasks()));
    }
}
