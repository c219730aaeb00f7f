package dk.brobygger.web.reports;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.report.DropoutRow;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** The dropout report (docs/reports.md): the table, a chart with its figures as a table too, and the files. */
@Named
@ViewScoped
public class DropoutBacking extends ReportBacking<List<DropoutRow>> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Report<List<DropoutRow>> make(ReportService reports, ReportFilter filter) {
        return reports.dropout(filter);
    }

    @Override
    protected List<FileTable> tables(Report<List<DropoutRow>> shown, ReportCells cells) {
        return List.of(new DropoutTable(cells).file(shown));
    }

    @Override
    protected String titleKey() {
        return "dropout.title";
    }

    @Override
    protected String fileName() {
        return "frafald";
    }

    /** The table's rows as people read them. */
    public List<DropoutTable.Line> getRows() {
        return getReport() == null ? List.of() : new DropoutTable(cells()).lines(getReport());
    }

    /** The chart of "afbrudt totalt" per programme over the years (Chart.js configuration). */
    public String getChart() {
        return getReport() == null ? "{}" : new DropoutTable(cells()).chart(getReport());
    }

    /** The chart's figures as a table: one row per programme, one column per start year. */
    public List<DropoutTable.ChartRow> getChartRows() {
        return getReport() == null ? List.of() : new DropoutTable(cells()).chartRows(getReport());
    }

    public List<Integer> getChartYears() {
        return getReport() == null ? List.of() : DropoutTable.years(getReport());
    }
}
