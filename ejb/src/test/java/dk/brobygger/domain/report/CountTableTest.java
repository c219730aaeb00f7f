package dk.brobygger.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.brobygger.domain.report.SmallCells.Sum;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {

    /** Done on time, done late, all. */
    private static final List<Sum> SUMS = List.of(new Sum(2, 0, 1));
    private static final int[] SHARES = {2, 2, CountTable.NO_SHARE};

    @Test
    void rowsGetATotalsRowAndEachCountItsShareOfItsRow() {
        List<ShownRow> shown = CountTable.shown(List.of(row("A", 15, 5, 20), row("B", 30, 10, 40)), SUMS, SHARES,
                true);
        assertEquals(3, shown.size());
        ShownRow total = shown.get(2);
        assertEquals(ShownRow.TOTAL, total.key());
        assertEquals(List.of(new Cell(45L, false, new BigDecimal("75.0")), new Cell(15L, false, new BigDecimal("25.0")),
                new Cell(60L, false, null)), total.cells());
    }

    @Test
    void aSmallCountIsHiddenWithWhatWouldGiveItAwayAcrossItsRowAndDownItsColumn() {
        List<ShownRow> shown = CountTable.shown(List.of(row("A", 17, 3, 20), row("B", 30, 10, 40)), SUMS, SHARES,
                true);
        // A's 3 is small; its 17 hides it in the row; the 10 and the 30 below them hide them in their columns
        assertEquals(List.of(true, true, false), shown.get(0).cells().stream().map(Cell::hidden).toList());
        assertEquals(List.of(true, true, false), shown.get(1).cells().stream().map(Cell::hidden).toList());
        assertEquals(List.of(false, false, false), shown.get(2).cells().stream().map(Cell::hidden).toList());
    }

    @Test
    void withoutATotalsRowOnlyTheRowsAreShown() {
        assertEquals(2, CountTable.shown(List.of(row("A", 15, 5, 20), row("B", 30, 10, 40)), SUMS, SHARES, false)
                .size());
    }

    private static CountRow row(String key, long onTime, long late, long all) {
        return new CountRow(key, key, key, List.of(onTime, late, all));
    }
}
