package dk.brobygger.web.reports;

import dk.brobygger.application.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's tables as files (docs/reports.md): CSV as Danish Excel opens it (semicolons, a byte-order mark,
 * numbers in the reader's format, a cell a spreadsheet would take for a formula written as text), and XLSX with
 * counts and shares as numbers and text as text cells, which a spreadsheet never evaluates.
 */
final class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    /** The widest column, in characters. */
    private static final int MAX_WIDTH = 60;

    private final ReportCells cells;

    ReportFiles(ReportCells cells) {
        this.cells = cells;
    }

    byte[] csv(FileTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", table.header().stream().map(Csv::cell).toList())).append("\r\n");
        for (List<Object> row : table.rows()) {
            csv.append(String.join(";", row.stream().map(this::text).map(Csv::cell).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with a sheet per table, each under the report's title and the filters it was made with. */
    byte[] xlsx(String title, String filters, List<FileTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            for (FileTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                text(sheet.createRow(0), 0, title).setCellStyle(heading);
                text(sheet.createRow(1), 0, filters);
                Row header = sheet.createRow(3);
                for (int c = 0; c < table.header().size(); c++) {
                    text(header, c, table.header().get(c)).setCellStyle(heading);
                }
                int r = 4;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Long count) {
                            row.createCell(c).setCellValue(count);
                        } else if (value instanceof BigDecimal percent) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(percent.doubleValue());
                            cell.setCellStyle(share);
                        } else {
                            text(row, c, (String) value);
                        }
                    }
                }
                // widths from the text, not from font metrics (POI's autoSizeColumn), which a server without fonts
                // does not have
                for (int c = 0; c < table.header().size(); c++) {
                    int column = c;
                    int widest = Math.max(table.header().get(c).length(), table.rows().stream()
                            .mapToInt(row -> column < row.size() ? text(row.get(column)).length() : 0).max().orElse(0));
                    sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widest + 2) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Object value) {
        return value instanceof Long count ? cells.count(count) : value instanceof BigDecimal percent
                ? cells.number(percent) : (String) value;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
