package dk.brobygger.web.reports;

import dk.brobygger.domain.report.ShownRow;
import dk.brobygger.web.layout.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's table of rows named by a catalogue offer or the like (each {@link ShownRow}), on the page and in a
 * file: the first column names the row, each further column has a header (a message key).
 */
final class ShownTable {

    /** A column: its header's message key, and whether its counts are shares of a whole. */
    record Column(String key, boolean share) {
    }

    /** One line on the page: the row's name, then each cell as "25,0 % (5)" or the count alone. */
    public record Line(String name, List<String> cells, boolean total) {
    }

    private final String sheetKey;
    private final String firstKey;
    private final List<Column> columns;
    private final List<ShownRow> rows;

    ShownTable(String sheetKey, String firstKey, List<Column> columns, List<ShownRow> rows) {
        this.sheetKey = sheetKey;
        this.firstKey = firstKey;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(Messages.text(firstKey)));
        columns.forEach(c -> headers.add(Messages.text(c.key())));
        return headers;
    }

    List<Line> lines(ReportCells cells, String language) {
        return rows.stream().map(r -> new Line(name(r, language), r.cells().stream().map(cells::both).toList(),
                r.total())).toList();
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
        List<List<Object>> lines = rows.stream().map(r -> {
            List<Object> line = new ArrayList<>(List.of(name(r, language)));
            for (int c = 0; c < columns.size(); c++) {
                List<Object> values = cells.values(r.cells().get(c));
                line.add(values.get(0));
                if (columns.get(c).share()) {
                    line.add(values.get(1));
                }
            }
            return line;
        }).toList();
        return new FileTable(Messages.text(sheetKey), header, lines);
    }

    private static String name(ShownRow row, String language) {
        return row.total() ? Messages.text("report.total") : row.name(language);
    }
}
