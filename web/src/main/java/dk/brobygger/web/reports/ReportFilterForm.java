package dk.brobygger.web.reports;

import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.report.ReportFilter;
import dk.brobygger.domain.student.SchoolSite;
import dk.brobygger.web.layout.Messages;
import java.io.Serializable;
import java.util.List;

/**
 * A report's filter form: site, team and the first and last start year (each optional), with what they offer
 * from the last report made (kept when a choice is refused).
 */
public class ReportFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SchoolSite site;
    private String team;
    private Integer fromYear;
    private Integer toYear;
    private List<Integer> startYears = List.of();
    private List<String> teams = List.of();

    /** The filters a report was made with, as one line: site, team and start years. */
    public static String describe(ReportFilter used) {
        return Messages.text("report.filters", used.site() == null ? Messages.text("report.all")
                        : used.site().displayName(), used.team() == null ? Messages.text("report.all") : used.team(),
                String.valueOf(used.fromYear()), String.valueOf(used.toYear()));
    }

    ReportFilter filter() {
        return new ReportFilter(site, team, fromYear, toYear);
    }

    /** The report made: its years shown as chosen, and its choices offered. */
    void made(Report<?> report) {
        fromYear = report.filter().fromYear();
        toYear = report.filter().toYear();
        startYears = report.startYears();
        teams = report.teams();
    }

    public SchoolSite[] getSites() {
        return SchoolSite.values();
    }

    public List<Integer> getStartYears() {
        return startYears;
    }

    public List<String> getTeams() {
        return teams;
    }

    public SchoolSite getSite() {
        return site;
    }

    public void setSite(SchoolSite site) {
        this.site = site;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }
}
