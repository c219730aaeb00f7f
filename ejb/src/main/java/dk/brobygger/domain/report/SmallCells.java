package dk.brobygger.domain.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of a table of counts (docs/reports.md). A count from 1 to 4 is hidden. Then, as long as a
 * hidden count could be worked out exactly from the shown counts and the table's sums (a total and the cells that
 * add up to it, across a row or down a column), another count is hidden: the smallest shown one in a sum with it,
 * preferring one that is not 0. The simple case, a sum with one hidden member, is found directly; any other, where
 * several sums together give a count away, by linear algebra over the hidden counts. The table is given as its
 * counts, and its sums as the places of their members.
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
            if (!changed) {
                OptionalInt exposed = workedOut(sums, shown);
                if (exposed.isPresent()) {
                    shown[protector(exposed.getAsInt(), sums, counts, shown)] = Shown.PROTECTING;
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

    /**
     * A hidden count that the sums determine, if there is one: its unit vector lies in the space the sums span
     * over the hidden counts (each sum an equation: its hidden parts less its total, if hidden, equal the shown
     * counts' difference).
     */
    private static OptionalInt workedOut(List<Sum> sums, Shown[] shown) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] != Shown.SHOWN) {
                hidden.add(i);
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (Sum sum : sums) {
            double[] equation = new double[hidden.size()];
            for (int part : sum.parts()) {
                int at = hidden.indexOf(part);
                if (at >= 0) {
                    equation[at] += 1;
                }
            }
            int total = hidden.indexOf(sum.total());
            if (total >= 0) {
                equation[total] -= 1;
            }
            if (Arrays.stream(equation).anyMatch(c -> c != 0)) {
                equations.add(equation);
            }
        }
        List<Pivot> reduced = echelon(equations);
        for (int h = 0; h < hidden.size(); h++) {
            double[] unit = new double[hidden.size()];
            unit[h] = 1;
            if (inSpan(unit, reduced)) {
                return OptionalInt.of(hidden.get(h));
            }
        }
        return OptionalInt.empty();
    }

    /** A row of the reduced equations, with the column it leads (a 1, which no other row has). */
    private record Pivot(int column, double[] row) {
    }

    /** The equations brought to reduced echelon form. */
    private static List<Pivot> echelon(List<double[]> equations) {
        List<Pivot> reduced = new ArrayList<>();
        for (double[] equation : equations) {
            double[] rest = reduce(equation.clone(), reduced);
            int lead = lead(rest);
            if (lead < 0) {
                continue;
            }
            double factor = rest[lead];
            for (int c = 0; c < rest.length; c++) {
                rest[c] /= factor;
            }
            for (Pivot other : reduced) {
                double times = other.row()[lead];
                for (int c = 0; c < rest.length; c++) {
                    other.row()[c] -= times * rest[c];
                }
            }
            reduced.add(new Pivot(lead, rest));
        }
        return reduced;
    }

    private static double[] reduce(double[] vector, List<Pivot> reduced) {
        for (Pivot pivot : reduced) {
            double times = vector[pivot.column()];
            for (int c = 0; c < vector.length; c++) {
                vector[c] -= times * pivot.row()[c];
            }
        }
        return vector;
    }

    private static boolean inSpan(double[] vector, List<Pivot> reduced) {
        return lead(reduce(vector, reduced)) < 0;
    }

    private static int lead(double[] row) {
        for (int c = 0; c < row.length; c++) {
            if (Math.abs(row[c]) > 1e-9) {
                return c;
            }
        }
        return -1;
    }

    /** The count to hide so that {@code exposed} is no longer worked out: the smallest shown one beside it. */
    private static int protector(int exposed, List<Sum> sums, long[] counts, Shown[] shown) {
        return sums.stream().map(Sum::members)
                .filter(m -> Arrays.stream(m).anyMatch(i -> i == exposed))
                .filter(m -> Arrays.stream(m).anyMatch(i -> shown[i] == Shown.SHOWN))
                .map(m -> smallestShown(m, counts, shown))
                .min(smaller(counts)).orElseGet(() -> sums.stream().map(Sum::members)
                        .filter(m -> Arrays.stream(m).anyMatch(i -> shown[i] == Shown.SHOWN))
                        .map(m -> smallestShown(m, counts, shown)).min(smaller(counts)).orElseThrow());
    }

    /** A count above 0 before a 0, then the smaller first. */
    private static Comparator<Integer> smaller(long[] counts) {
        return (a, b) -> counts[a] == 0 && counts[b] != 0 ? 1
                : counts[b] == 0 && counts[a] != 0 ? -1 : Long.compare(counts[a], counts[b]);
    }

    private static int smallestShown(int[] members, long[] counts, Shown[] shown) {
        List<Integer> candidates = new ArrayList<>();
        for (int m : members) {
            if (shown[m] == Shown.SHOWN) {
                candidates.add(m);
            }
        }
        // a 0 hidden beside a small count tells that the two add up to the small count; another count does not
        return candidates.stream().min(smaller(counts)).orElseThrow();
    }
}
