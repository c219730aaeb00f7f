package dk.brobygger.domain.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of a table of counts (docs/reports.md). A count from 1 to 4 is hidden ("<5"). Then, as
 * long as some sum of the table (a total and the cells that add up to it, across a row or down a column) has exactly
 * one hidden member, that member could be worked out from the others, so the smallest other member is hidden too,
 * preferring one that is not 0. The table is given as its counts, and its sums as the places of their members.
 */
public final class SmallCells {

    /** The smallest count that is shown. */
    public static final int SHOWN_FROM = 5;

    private SmallCells() {
    }

    /** A total and its parts: {@code counts[total] = sum of counts[parts]}. */
    public record Sum(int total, int... parts) {

        public Sum {
            if (parts.length == 0) {
                throw new IllegalArgumentException("A sum has parts");
            }
            parts = parts.clone();
        }

        int[] members() {
            int[] members = Arrays.copyOf(parts, parts.length + 1);
            members[parts.length] = total;
            return members;
        }
    }

    /** How each count of a table is shown. */
    public enum Shown {
        /** The count is shown. */
        SHOWN,
        /** From 1 to 4: shown as "<5". */
        SMALL,
        /** Hidden so that a small count cannot be worked out from a sum. */
        PROTECTING
    }

    /** How each of {@code counts} is shown, given the sums that tie them together. */
    public static List<Shown> suppress(long[] counts, List<Sum> sums) {
        Shown[] shown = new Shown[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("A count is never negative: " + counts[i]);
            }
            shown[i] = counts[i] > 0 && counts[i] < SHOWN_FROM ? Shown.SMALL : Shown.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                int[] members = sum.members();
                if (Arrays.stream(members).filter(m -> shown[m] != Shown.SHOWN).count() == 1) {
                    shown[smallestShown(members, counts, shown)] = Shown.PROTECTING;
                    changed = true;
                }
            }
        }
        return List.of(shown);
    }

    /**
     * How each count of a table is shown, whose rows each keep the same sums ({@code rowSums}, by column) and whose
     * last row, when {@code totalsRow}, is the sum of the rows above it, column by column.
     */
    public static List<List<Shown>> suppressTable(long[][] counts, List<Sum> rowSums, boolean totalsRow) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[] flat = new long[rows * columns];
        List<Sum> sums = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(counts[r], 0, flat, r * columns, columns);
            int first = r * columns;
            rowSums.forEach(sum -> sums.add(new Sum(first + sum.total(),
                    Arrays.stream(sum.parts()).map(p -> first + p).toArray())));
        }
        if (totalsRow && rows > 1) {
            for (int c = 0; c < columns; c++) {
                int column = c;
                sums.add(new Sum((rows - 1) * columns + c,
                        IntStream.range(0, rows - 1).map(r -> r * columns + column).toArray()));
            }
        }
        List<Shown> shown = suppress(flat, sums);
        List<List<Shown>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            table.add(shown.subList(r * columns, (r + 1) * columns));
        }
        return table;
    }

    private static int smallestShown(int[] members, long[] counts, Shown[] shown) {
        List<Integer> candidates = new ArrayList<>();
        for (int m : members) {
            if (shown[m] == Shown.SHOWN) {
                candidates.add(m);
            }
        }
        // a 0 hidden beside a small count tells that the two add up to the small count; another count does not
        return candidates.stream().min((a, b) -> counts[a] == 0 && counts[b] != 0 ? 1
                : counts[b] == 0 && counts[a] != 0 ? -1 : Long.compare(counts[a], counts[b])).orElseThrow();
    }
}
