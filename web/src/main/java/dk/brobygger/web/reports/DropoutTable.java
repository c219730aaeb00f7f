package dk.brobygger.web.reports;

import dk.brobygger.domain.report.Cell;
import dk.brobygger.domain.report.DropoutRow;
import dk.brobygger.domain.report.Report;
import dk.brobygger.domain.student.Programme;
import dk.brobygger.web.layout.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The dropout report as people read it: the table's lines, the chart and its figures, and the table as it goes
 * into a file. Hidden counts stay hidden in every form (docs/reports.md).
 */
final class DropoutTable {

    /** The programmes in the order of uddannelsesstatistik.dk's table. */
    private static final List<Programme> ORDER = List.of(Programme.PA, Programme.SSA, Programme.SSH);

    /** The columns after programme, start year and students: each a count with its share of the students. */
    private static final List<Column> COLUMNS = List.of(new Column("dropout.inProgress", DropoutRow::inProgress),
            new Column("dropout.droppedWith", DropoutRow::droppedWithReenrolment),
            new Column("dropout.droppedWithout", DropoutRow::droppedWithoutReenrolment),
            new Column("dropout.droppedTotal", DropoutRow::droppedTotal));

    private record Column(String key, Function<DropoutRow, Cell> cell) {
    }

    /** One line of the table: the students, then each column as "97,2 % (207)". */
    public record Line(String programme, int startYear, String students, List<String> cells) {
    }

    /** One programme in the chart's table: "afbrudt totalt" per start year. */
    public record ChartRow(String programme, List<String> percents) {
    }

    private final ReportCells cells;

    DropoutTable(ReportCells cells) {
        this.cells = cells;
    }

    List<Line> lines(Report<List<DropoutRow>> report) {
        return sorted(report).stream().map(r -> new Line(programme(r.programme()), r.startYear(),
                cells.count(r.students()), COLUMNS.stream().map(c -> cells.both(c.cell().apply(r))).toList())).toList();
    }

    /** The start years the report covers, earliest first. */
    static List<Integer> years(Report<?> report) {
        return IntStream.rangeClosed(report.filter().fromYear(), report.filter().toYear()).boxed().toList();
    }

    List<ChartRow> chartRows(Report<List<DropoutRow>> report) {
        return programmes(report).stream().map(p -> new ChartRow(programme(p), years(report).stream()
                .map(y -> row(report, p, y).map(r -> cells.percent(r.droppedTotal())).orElse("–")).toList()))
                .toList();
    }

    /**
     * The chart as Chart.js reads it: a bar per start year for each programme, of "afbrudt totalt" in percent; a
     * hidden share is left out (null), never drawn.
     */
    String chart(Report<List<DropoutRow>> report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        programmes(report).forEach(p -> labels.add(programme(p)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int year : years(report)) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Programme p : programmes(report)) {
                Optional<Cell> total = row(report, p, year).map(DropoutRow::droppedTotal)
                        .filter(c -> c.percent() != null);
                if (total.isPresent()) {
                    data.add(total.get().percent());
                } else {
                    data.addNull();
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", String.valueOf(year)).add("data", data));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true).add("title",
                Json.createObjectBuilder().add("display", true).add("text", Messages.text("dropout.chart.axis")));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", Messages.text("report.chartLocale"))
                        .add("scales", Json.createObjectBuilder().add("y", axis))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Messages.text("dropout.chart.title")))))
                .build().toString();
    }

    /** The table as it goes into a file: programme, start year, students, then each column's count and share. */
    FileTable file(Report<List<DropoutRow>> report) {
        List<String> header = new ArrayList<>(List.of(Messages.text("dropout.programme"),
                Messages.text("dropout.startYear"), Messages.text("dropout.students")));
        for (Column column : COLUMNS) {
            header.add(Messages.text(column.key()) + ", " + Messages.text("report.count"));
            header.add(Messages.text(column.key()) + ", %");
        }
        List<List<Object>> rows = sorted(report).stream().map(r -> {
            List<Object> row = new ArrayList<>(List.of(programme(r.programme()), String.valueOf(r.startYear()),
                    cells.values(r.students()).get(0)));
            COLUMNS.forEach(c -> row.addAll(cells.values(c.cell().apply(r))));
            return row;
        }).toList();
        return new FileTable(Messages.text("dropout.sheet"), header, rows);
    }

    private static List<DropoutRow> sorted(Report<List<DropoutRow>> report) {
        return report.tables().stream().sorted(Comparator.comparing((DropoutRow r) -> ORDER.indexOf(r.programme()))
                .thenComparing(DropoutRow::startYear)).toList();
    }

    private static List<Programme> programmes(Report<List<DropoutRow>> report) {
        return ORDER.stream().filter(p -> report.tables().stream().anyMatch(r -> r.programme() == p)).toList();
    }

    private static Optional<DropoutRow> row(Report<List<DropoutRow>> report, Programme programme, int year) {
        return report.tables().stream().filter(r -> r.programme() == programme && r.startYear() == year)
                .findFirst();
    }

    private static String programme(Programme programme) {
        return Messages.text("programme." + programme);
    }
}
