package dk.brobygger.web.reports;

import dk.brobygger.domain.report.Cell;
import dk.brobygger.domain.report.ShownRow;
import dk.brobygger.web.layout.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A report's table of rows named by a catalogue offer or the like (each {@link ShownRow}), on the page and in a
 * file: the first column names the row, each further column has a header (a message key).
 */
final class ShownTable {

    /** A column: its header's message key, and whether its counts are shares of a whole. */
    record Column(String key, boolean share) {
    }

    /**
     * A column worked out from two others of the row (sessions per mentee per month): its header's message key and
     * the two columns; empty where it cannot be shown.
     */
    record Rate(String key, int of, int per) {
    }

    /** One line on the page: the row's name, then each cell as "25,0 % (5)" or the count alone. */
    public record Line(String name, List<String> cells, boolean total) {
    }

    private final String sheetKey;
    private final String firstKey;
    private final List<Column> columns;
    private final List<ShownRow> rows;
    private final List<Rate> rates;
    private final BiFunction<Cell, Cell, BigDecimal> rate;

    ShownTable(String sheetKey, String firstKey, List<Column> columns, List<ShownRow> rows) {
        this(sheetKey, firstKey, columns, rows, List.of(), (of, per) -> null);
    }

    ShownTable(String sheetKey, String firstKey, List<Column> columns, List<ShownRow> rows, List<Rate> rates,
               BiFunction<Cell, Cell, BigDecimal> rate) {
        this.sheetKey = sheetKey;
        this.firstKey = firstKey;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.rates = List.copyOf(rates);
        this.rate = rate;
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(Messages.text(firstKey)));
        columns.forEach(c -> headers.add(Messages.text(c.key())));
        rates.forEach(r -> headers.add(Messages.text(r.key())));
        return headers;
    }

    List<Line> lines(ReportCells cells, String language) {
        return rows.stream().map(r -> {
            List<String> shown = new ArrayList<>(r.cells().stream().map(cells::both).toList());
            rates(r).forEach(value -> shown.add(value == null ? "–" : cells.number(value)));
            return new Line(name(r, language), shown, r.total());
        }).toList();
    }

    /** The table as it goes into a file: each column's count, and its share beside it where it has one. */
    FileTable file(ReportCells cells, String language) {
        List<String> header = new ArrayList<>(List.of(Messages.text(firstKey)));
        for (Column column : columns) {
            header.add(Messages.text(column.key()));
            if (column.share()) {
                header.add(Messages.text(column.key()) + ", %");
            }
        }
        rates.forEach(r -> header.add(Messages.text(r.key())));
        List<List<Object>> lines = rows.stream().map(r -> {
            List<Object> line = new ArrayList<>(List.of(name(r, language)));
            for (int c = 0; c < columns.size(); c++) {
                List<Object> values = cells.values(r.cells().get(c));
                line.add(values.get(0));
                if (columns.get(c).share()) {
                    line.add(values.get(1));
                }
            }
            rates(r).forEach(value -> line.add(value == null ? "" : value));
            return line;
        }).toList();
        return new FileTable(Messages.text(sheetKey), header, lines);
    }

    private List<BigDecimal> rates(ShownRow row) {
        return rates.stream().map(r -> rate.apply(row.cells().get(r.of()), row.cells().get(r.per()))).toList();
    }

    private static String name(ShownRow row, String language) {
        return row.total() ? Messages.text("report.total") : row.name(language);
    }
}
