package dk.brobygger.web.reports;

import dk.brobygger.domain.report.Cell;
import dk.brobygger.web.layout.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A report's cells as people read them, on the page and in the files alike: "17,4 %" in Danish, "17.4 %" in
 * English, and a hidden count, small or protecting a small one, as "<5" (docs/reports.md).
 */
final class ReportCells {

    private final Locale locale;

    ReportCells(Locale locale) {
        this.locale = locale;
    }

    /** The count, or what is shown in its place. */
    String count(Cell cell) {
        return cell.hidden() ? hidden(cell) : count(cell.count());
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** The share in percent with one decimal, or what is shown in its place; a dash when there is no whole. */
    String percent(Cell cell) {
        if (cell.hidden()) {
            return hidden(cell);
        }
        return cell.percent() == null ? "–" : number(cell.percent()) + " %";
    }

    /** The share, then the count in brackets: "97,2 % (207)"; the count alone when it is no share. */
    String both(Cell cell) {
        return cell.hidden() ? hidden(cell) : cell.percent() == null ? count(cell)
                : percent(cell) + " (" + count(cell) + ")";
    }

    /** The count and the share as a file holds them: numbers, or the text shown in their place. */
    List<Object> values(Cell cell) {
        if (cell.hidden()) {
            return List.of(hidden(cell), hidden(cell));
        }
        return List.of(cell.count(), cell.percent() == null ? "" : cell.percent());
    }

    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String hidden(Cell cell) {
        return Messages.text("report.hidden");
    }
}
