package dk.brobygger.domain.report;

import dk.brobygger.domain.report.SmallCells.Shown;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One count of a report as it may be shown, with its share of a whole in percent (one decimal). A hidden count
 * carries neither its count nor its share: what leaves the service is what may be seen (docs/reports.md).
 */
public record Cell(Long count, Shown shown, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A count with no share of a whole. */
    public static Cell of(long count, Shown shown) {
        return new Cell(shown == Shown.SHOWN ? count : null, shown, null);
    }

    /** {@code count} of {@code whole}, each as the suppression decided; the share is hidden with either. */
    public static Cell of(long count, Shown shown, long whole, Shown wholeShown) {
        if (shown != Shown.SHOWN) {
            return new Cell(null, shown, null);
        }
        BigDecimal percent = wholeShown != Shown.SHOWN || whole == 0 ? null
                : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new Cell(count, shown, percent);
    }

    public boolean hidden() {
        return shown != Shown.SHOWN;
    }
}
