package dk.brobygger.domain.report;

import static dk.brobygger.domain.report.SmallCells.Shown.PROTECTING;
import static dk.brobygger.domain.report.SmallCells.Shown.SHOWN;
import static dk.brobygger.domain.report.SmallCells.Shown.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.brobygger.domain.report.SmallCells.Shown;
import dk.brobygger.domain.report.SmallCells.Sum;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    /** A row of three parts and its total (the total last). */
    private static final List<Sum> ROW = List.of(new Sum(3, 0, 1, 2));

    @Test
    void countsFromOneToFourAreSmallAndZeroAndFiveAreShown() {
        assertEquals(List.of(SHOWN, SMALL, SMALL, SHOWN),
                SmallCells.suppress(new long[] {0, 1, 4, 5}, List.of()));
    }

    @Test
    void aRowWithNothingSmallIsShownWhole() {
        assertEquals(List.of(SHOWN, SHOWN, SHOWN, SHOWN), SmallCells.suppress(new long[] {20, 7, 5, 32}, ROW));
    }

    @Test
    void aSmallCountAloneInItsRowTakesTheSmallestOtherPartWithIt() {
        // 3 could be worked out as 40 - 30 - 7: the 7 is hidden too, not the 30 or the total
        assertEquals(List.of(SHOWN, SMALL, PROTECTING, SHOWN), SmallCells.suppress(new long[] {30, 3, 7, 40}, ROW));
    }

    @Test
    void aZeroIsNotHiddenWhenAnotherCountCanProtect() {
        // hiding the 0 would leave the 2 known to be 0 or 2 from the total; the 9 hides it
        assertEquals(List.of(SHOWN, SMALL, PROTECTING, SHOWN), SmallCells.suppress(new long[] {0, 2, 9, 11}, ROW));
    }

    @Test
    void twoSmallCountsInARowProtectEachOther() {
        assertEquals(List.of(SHOWN, SMALL, SMALL, SHOWN), SmallCells.suppress(new long[] {30, 3, 2, 35}, ROW));
    }

    @Test
    void aSmallTotalIsHiddenWithItsSmallParts() {
        assertEquals(List.of(SMALL, SMALL, SHOWN, SMALL), SmallCells.suppress(new long[] {1, 2, 0, 3}, ROW));
    }

    /**
     * A table of two rows and two columns with row totals, column totals and a grand total. Hiding the small cell
     * and one beside it in its row leaves each of their columns with one hidden cell: the protection spreads down
     * the columns until no row or column has a single hidden cell.
     */
    @Test
    void protectionSpreadsOverRowsAndColumnsUntilNoSumGivesACellAway() {
        // a  b | a+b
        // c  d | c+d
        // ---------
        // a+c b+d | all
        long[] counts = {3, 10, 20, 30, 13, 50, 23, 40, 63};
        List<Sum> sums = List.of(new Sum(4, 0, 1), new Sum(5, 2, 3), new Sum(6, 0, 2), new Sum(7, 1, 3),
                new Sum(8, 4, 5), new Sum(8, 6, 7));
        List<Shown> shown = SmallCells.suppress(counts, sums);
        assertEquals(SMALL, shown.get(0));
        for (Sum sum : sums) {
            int[] members = sum.members();
            assertNotEquals(1, Arrays.stream(members).filter(m -> shown.get(m) != SHOWN).count(),
                    "a sum with one hidden member gives it away: " + sum);
        }
        // the small cell's row and column partners are the ones hidden, not the totals
        assertEquals(List.of(SMALL, PROTECTING, PROTECTING, PROTECTING, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN), shown);
    }

    @Test
    void aTableKeepsItsRowSumsInEveryRowAndAddsItsColumnsIntoTheTotalsRow() {
        // two rows of (part, part, total) and the totals row: the 2 takes the 8 beside it, and both take the
        // counts below them in their columns, so that no row or column has a single hidden count
        long[][] counts = {{2, 8, 10}, {20, 30, 50}, {22, 38, 60}};
        List<List<Shown>> shown = SmallCells.suppressTable(counts, List.of(new Sum(2, 0, 1)), true);
        assertEquals(List.of(List.of(SMALL, PROTECTING, SHOWN), List.of(PROTECTING, PROTECTING, SHOWN),
                List.of(SHOWN, SHOWN, SHOWN)), shown);
    }

    /**
     * Every sum has two or more hidden members, so no sum alone gives a count away; but T2 - T3 - T4 + T1 - s1 is
     * exactly e. The check over all sums together finds it, and the total of e's own sum is hidden as well.
     */
    @Test
    void aCountThatSeveralSumsTogetherGiveAwayIsProtectedToo() {
        //                  a  b  c  d  e  s1  T1 T2 T3 T4
        long[] counts = {4, 3, 4, 3, 1, 10, 17, 8, 8, 6};
        List<Sum> sums = List.of(new Sum(6, 0, 1, 5), new Sum(7, 2, 3, 4), new Sum(8, 0, 2), new Sum(9, 1, 3));
        assertEquals(List.of(SMALL, SMALL, SMALL, SMALL, SMALL, SHOWN, SHOWN, PROTECTING, SHOWN, SHOWN),
                SmallCells.suppress(counts, sums));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SmallCells.suppress(new long[] {-1}, List.of()));
    }
}
