package dk.brobygger.domain.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as it may be shown: the filter it was made with (its years filled in), the day it counts to, its
 * tables (already suppressed), and what the filters offer.
 */
public record Report<T>(ReportFilter filter, LocalDate day, T tables, List<Integer> startYears, List<String> teams) {

    public Report {
        startYears = List.copyOf(startYears);
        teams = List.copyOf(teams);
    }
}
