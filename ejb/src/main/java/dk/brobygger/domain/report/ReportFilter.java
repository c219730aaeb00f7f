package dk.brobygger.domain.report;

import dk.brobygger.domain.student.SchoolSite;

/**
 * Which students a report counts: those who started from {@code fromYear} to {@code toYear} (null for the last
 * three years counted), at one site and in one team when given (null for all).
 */
public record ReportFilter(SchoolSite site, String team, Integer fromYear, Integer toYear) {

    public ReportFilter {
        team = team == null || team.isBlank() ? null : team.strip();
    }

    /** The filter with its years. */
    public ReportFilter years(int from, int to) {
        return new ReportFilter(site, team, from, to);
    }
}
