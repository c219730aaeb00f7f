package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Shown;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One count of a report as it may be shown, with its share of a whole in percent (one decimal). A hidden count
 * carries neither its count nor its share, nor why it is hidden (a small count, or one that would give a small
 * count away: telling which would give them away too). What leaves the service is what may be seen
 * (docs/reports.md).
 */
public record Cell(Long count, boolean hidden, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A count with no share of a whole. */
    public static Cell of(long count, Shown shown) {
        return shown == Shown.SHOWN ? new Cell(count, false, null) : new Cell(null, true, null);
    }

    /** {@code count} of {@code whole}, each as the suppression decided; the share is hidden with either. */
    public static Cell of(long count, Shown shown, long whole, Shown wholeShown) {
        if (shown != Shown.SHOWN) {
            return new Cell(null, true, null);
        }
        BigDecimal percent = wholeShown != Shown.SHOWN || whole == 0 ? null
                : BigDecimal.valueOf(count).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new Cell(count, false, percent);
    }
}
