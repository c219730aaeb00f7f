package dk.brobygger.web.reports;

import dk.brobygger.application.ReportService;
import dk.brobygger.domain.report.MentoringTables;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.web.reports.ShownTable.Column;
import dk.brobygger.web.reports.ShownTable.Rate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The mentoring report (docs/reports.md), by site: mentees and sessions by peer or individual mentor with the
 * sessions per mentee per month, the individual mentees overdue now, and the follow-ups raised and handled.
 */
@Named
@ViewScoped
public class MentoringReportBacking extends ReportBacking<MentoringTables> {

    private static final long serialVersionUID = 1L;

    private static final List<Column> SESSIONS = List.of(new Column("mentoringReport.peerMentees", false),
            new Column("mentoringReport.peerSessions", false), new Column("mentoringReport.individualMentees", false),
            new Column("mentoringReport.individualSessions", false));
    private static final List<Rate> RATES = List.of(new Rate("mentoringReport.peerRate", 1, 0),
            new Rate("mentoringReport.individualRate", 3, 2));
    private static final List<Column> OVERDUE = List.of(new Column("mentoringReport.individualNow", false),
            new Column("mentoringReport.overdue", true));
    private static final List<Column> FOLLOW_UPS = List.of(new Column("mentoringReport.handled", true),
            new Column("mentoringReport.open", true), new Column("mentoringReport.raised", false));

    @Override
    protected Report<MentoringTables> make(ReportService reports, ReportFilter filter) {
        return reports.mentoring(filter);
    }

    @Override
    protected String titleKey() {
        return "mentoringReport.title";
    }

    @Override
    protected String fileName() {
        return "mentorordning";
    }

    @Override
    protected List<ShownTable> shownTables(Report<MentoringTables> shown) {
        MentoringTables tables = shown.tables();
        return List.of(new ShownTable("mentoringReport.sessions.sheet", "report.site", SESSIONS, tables.sessions(),
                        RATES, tables::perMenteePerMonth),
                new ShownTable("mentoringReport.overdue.sheet", "report.site", OVERDUE, tables.overdue()),
                new ShownTable("mentoringReport.followUps.sheet", "report.site", FOLLOW_UPS, tables.followUps()));
    }
}
