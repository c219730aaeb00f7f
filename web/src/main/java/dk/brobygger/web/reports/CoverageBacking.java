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
 * The consent coverage report (docs/reports.md), by site: do the needs of students in or soon in a placement reach
 * it, which consents end soon, and which proposals wait for an answer. The education leader and the data protection
 * officer read it.
 */
@Named
@ViewScoped
public class CoverageBacking extends ReportBacking<List<ShownRow>> {

    private static final long serialVersionUID = 1L;

    private static final List<Column> COLUMNS = List.of(new Column("coverage.placed", false),
            new Column("coverage.sharing", true), new Column("coverage.expiring", false),
            new Column("coverage.unanswered", false));

    @Override
    protected Report<List<ShownRow>> make(ReportService reports, ReportFilter filter) {
        return reports.consentCoverage(filter);
    }

    @Override
    protected String titleKey() {
        return "coverage.title";
    }

    @Override
    protected String fileName() {
        return "samtykkedaekning";
    }

    @Override
    protected List<ShownTable> shownTables(Report<List<ShownRow>> shown) {
        return List.of(new ShownTable("coverage.sheet", "report.site", COLUMNS, shown.tables()));
    }
}
