package dk.brobygger.web.reports;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.web.layout.Downloads;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;

/**
 * What every report page does (docs/reports.md): chosen by site, team and start years, shown, and downloaded as
 * CSV (a table at a time) or XLSX (every table). Every showing and download runs the report anew, through the
 * service, which audits it.
 */
public abstract class ReportBacking<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService service;

    private final ReportFilterForm filter = new ReportFilterForm();
    private transient Report<T> report;
    /** The tables' lines as the page shows them, made once per report. */
    private transient List<List<ShownTable.Line>> lines;

    /** Makes the report. */
    protected abstract Report<T> make(ReportService reports, ReportFilter filter);

    /**
     * The report's tables of named rows, as the page shows them and the files hold them (none for a report with
     * a layout of its own, which gives its files by {@link #tables}).
     */
    protected List<ShownTable> shownTables(Report<T> shown) {
        return List.of();
    }

    /** The report's tables as they go into files. */
    protected List<FileTable> tables(Report<T> shown, ReportCells cells) {
        String language = language();
        return shownTables(shown).stream().map(t -> t.file(cells, language)).toList();
    }

    /** The message key of the report's title, and the start of its files' names. */
    protected abstract String titleKey();

    protected abstract String fileName();

    /**
     * Shows the report for the filters as now chosen; as the page's view action, the report with the filters'
     * defaults.
     */
    public void show() {
        run();
    }

    /** One table as CSV. */
    public void csv(int table) {
        if (run()) {
            List<FileTable> all = tables(report, cells());
            if (table >= 0 && table < all.size()) {
                Downloads.send(fileName() + "-" + (table + 1) + "-" + report.day() + ".csv", ReportFiles.CSV,
                        new ReportFiles(cells()).csv(all.get(table)));
            }
        }
    }

    /** Every table as a sheet of one workbook. */
    public void xlsx() {
        if (run()) {
            Downloads.send(fileName() + "-" + report.day() + ".xlsx", ReportFiles.XLSX, new ReportFiles(cells())
                    .xlsx(Messages.text(titleKey()), getFiltersUsed(), tables(report, cells())));
        }
    }

    /** Makes the report anew; false when the filters were refused, with a message on the field. */
    private boolean run() {
        report = null;
        lines = null;
        return Messages.attempt("filters", () -> {
            report = make(service, filter.filter());
            filter.made(report);
        });
    }

    protected static ReportCells cells() {
        return new ReportCells(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The reader's language, for names kept in Danish and English. */
    protected static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** The report as last made; null when the filters were refused. */
    public Report<T> getReport() {
        return report;
    }

    /** The headers of the report's tables of named rows, in order. */
    public List<List<String>> getHeaders() {
        return report == null ? List.of() : shownTables(report).stream().map(ShownTable::headers).toList();
    }

    /** The lines of the report's tables of named rows, in order. */
    public List<List<ShownTable.Line>> getLines() {
        if (report == null) {
            return List.of();
        }
        if (lines == null) {
            ReportCells cells = cells();
            String language = language();
            lines = shownTables(report).stream().map(t -> t.lines(cells, language)).toList();
        }
        return lines;
    }

    /** What the report was made with, as one line: site, team, start years and the day it counts to. */
    public String getFiltersUsed() {
        if (report == null) {
            return "";
        }
        return ReportFilterForm.describe(report.filter()) + " "
                + Messages.text("report.counted", report.day());
    }

    public ReportFilterForm getFilter() {
        return filter;
    }
}
