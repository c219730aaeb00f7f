package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Sum;
import java.util.List;

/**
 * The support offers report's three tables (docs/reports.md), suppressed: each catalogue offer's uptake, the
 * comparison of dropout with and without the offer, and how the transition tasks were kept.
 */
public record OfferTables(List<ShownRow> uptake, List<ShownRow> comparison, List<ShownRow> tasks) {

    /** Uptake: proposed, agreed, active, completed, declined, cancelled, all; then helped yes, partly, no. */
    private static final int ALL = 6;
    private static final int COMPLETED = 3;
    private static final List<Sum> UPTAKE_SUMS = List.of(new Sum(ALL, 0, 1, 2, 3, 4, 5), new Sum(COMPLETED, 7, 8, 9));
    private static final int[] UPTAKE_SHARES = {ALL, ALL, ALL, ALL, ALL, ALL, CountTable.NO_SHARE, COMPLETED,
        COMPLETED, COMPLETED};

    /**
     * Comparison: completed the offer, of them dropped out and not; the same needs without it, of them dropped out
     * and not. The "not" columns are there so that a small one is hidden, not worked out as the rest.
     */
    private static final List<Sum> COMPARISON_SUMS = List.of(new Sum(0, 1, 2), new Sum(3, 4, 5));
    private static final int[] COMPARISON_SHARES = {CountTable.NO_SHARE, 0, 0, CountTable.NO_SHARE, 3, 3};

    /** Transition tasks: done on time, done late, overdue, not due yet, all. */
    private static final List<Sum> TASK_SUMS = List.of(new Sum(4, 0, 1, 2, 3));
    private static final int[] TASK_SHARES = {4, 4, 4, 4, CountTable.NO_SHARE};

    public OfferTables {
        uptake = List.copyOf(uptake);
        comparison = List.copyOf(comparison);
        tasks = List.copyOf(tasks);
    }

    /**
     * The tables from the database's counts (the comparison's as: completed, of them dropped out, the others, of
     * them dropped out). The comparison has no totals row: one student can be in the rows of several offers.
     */
    public static OfferTables of(List<CountRow> uptake, List<CountRow> comparison, List<CountRow> tasks) {
        List<CountRow> compared = comparison.stream().map(r -> {
            List<Long> c = r.counts();
            return new CountRow(r.key(), r.nameDa(), r.nameEn(), List.of(c.get(0), c.get(1), c.get(0) - c.get(1),
                    c.get(2), c.get(3), c.get(2) - c.get(3)));
        }).toList();
        return new OfferTables(CountTable.shown(uptake, UPTAKE_SUMS, UPTAKE_SHARES, true),
                CountTable.shown(compared, COMPARISON_SUMS, COMPARISON_SHARES, false),
                CountTable.shown(tasks, TASK_SUMS, TASK_SHARES, true));
    }
}
