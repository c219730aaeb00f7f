package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Shown;
import dk.brobygger.domain.report.SmallCells.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report's table of counts made ready to show (docs/reports.md): a totals row added below the rows when asked
 * for, every count suppressed as {@link SmallCells} decides with the rows' own sums and the totals
 * row's, and each count's share of its whole in the same row.
 */
public final class CountTable {

    /** No whole: the column's count has no share. */
    public static final int NO_SHARE = -1;

    private CountTable() {
    }

    /**
     * @param rowSums  the sums every row keeps, by column
     * @param wholeOf  for each column, the column whose count is the whole it is a share of, or {@link #NO_SHARE}
     * @param totals   whether a totals row goes below the rows (when there is more than one)
     */
    public static List<ShownRow> shown(List<CountRow> rows, List<Sum> rowSums, int[] wholeOf, boolean totals) {
        List<CountRow> all = new ArrayList<>(rows);
        boolean totalsRow = totals && rows.size() > 1;
        if (totalsRow) {
            long[] sums = new long[wholeOf.length];
            rows.forEach(r -> {
                for (int c = 0; c < sums.length; c++) {
                    sums[c] += r.counts().get(c);
                }
            });
            // named by the page, in the reader's language
            all.add(new CountRow(ShownRow.TOTAL, "", "", Arrays.stream(sums).boxed().toList()));
        }
        long[][] counts = all.stream().map(r -> r.counts().stream().mapToLong(Long::longValue).toArray())
                .toArray(long[][]::new);
        List<List<Shown>> shown = SmallCells.suppressTable(counts, rowSums, totalsRow);
        List<ShownRow> result = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < wholeOf.length; c++) {
                int whole = wholeOf[c];
                cells.add(whole == NO_SHARE ? Cell.of(counts[r][c], shown.get(r).get(c))
                        : Cell.of(counts[r][c], shown.get(r).get(c), counts[r][whole], shown.get(r).get(whole)));
            }
            CountRow row = all.get(r);
            result.add(new ShownRow(row.key(), row.nameDa(), row.nameEn(), cells));
        }
        return result;
    }
}
